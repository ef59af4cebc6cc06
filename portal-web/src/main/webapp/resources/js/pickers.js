// PrimeFaces' date picker draws its calendar button with the text "ui-button" (hidden) and an aria-label
// ("Trieu una data"): a spoken name that does not contain the text fails WCAG 2.5.3, so the text becomes the
// label, as soon as the widget has drawn the button.
(function () {
  'use strict';
  function nameTriggers() {
    document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
      var label = button.getAttribute('aria-label');
      var text = button.querySelector('.ui-button-text');
      if (label && text && text.textContent !== label) {
        text.textContent = label;
      }
    });
  }
  new MutationObserver(nameTriggers).observe(document.documentElement,
      {childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label']});
  document.addEventListener('DOMContentLoaded', nameTriggers);
})();
