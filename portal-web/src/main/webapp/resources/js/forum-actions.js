/*
 * Asks before a post is withdrawn, in PrimeFaces' global confirmation dialog: the post's actions are plain
 * forms (the page is shared by everybody), so a button that wants a confirmation says so in data-confirm.
 * Without JavaScript the form is sent at once, as any form.
 */
(function () {
    'use strict';
    function bind() {
        if (!window.PrimeFaces || !window.jQuery) {
            return;
        }
        // bound on each button: PrimeFaces takes the button's own handlers off before it clicks it again
        jQuery('input[data-confirm], button[data-confirm]').on('click', function (event) {
            if (!PrimeFaces.confirmDialog) {
                return;
            }
            event.preventDefault();
            // PrimeFaces clicks the button again once "yes" is chosen, without this handler; it reads the
            // command to run from this (none: the button's own submit)
            jQuery(this).data('pfconfirmcommand', '');
            PrimeFaces.confirm({
                source: this,
                header: this.getAttribute('data-confirm-header') || '',
                message: this.getAttribute('data-confirm')
            });
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', bind);
    } else {
        bind();
    }
}());
