/*
 * A warning before leaving a form with changes not sent yet (the wizard, the council profile, a request):
 * forms marked data-unsaved="warn" are watched; sending the form itself never asks. Without JavaScript the
 * forms' own buttons save first and then go on.
 */
(function () {
    var changed = false;
    var sending = false;
    document.addEventListener('input', function (event) {
        if (event.target.form && event.target.form.getAttribute('data-unsaved') === 'warn') {
            changed = true;
        }
    });
    document.addEventListener('change', function (event) {
        if (event.target.form && event.target.form.getAttribute('data-unsaved') === 'warn') {
            changed = true;
        }
    });
    document.addEventListener('submit', function () {
        sending = true;
    });
    window.addEventListener('beforeunload', function (event) {
        if (changed && !sending) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
})();
