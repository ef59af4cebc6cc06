/*
 * PrimeFaces places a textarea's suggestions (our @mentions) under the caret by copying the text into a hidden
 * "simulator" made of <span style="..."> pieces; our Content Security Policy (no inline styles) refuses those
 * style attributes and the browser logs an error for each space typed. This measures the caret the same way
 * with text nodes and a simulator styled through the CSS object model, which the policy allows.
 */
(function ($) {
    "use strict";
    if (!$) {
        return;
    }
    var copied = ["fontFamily", "fontSize", "fontWeight", "fontVariant", "fontStyle", "lineHeight", "letterSpacing",
        "paddingLeft", "paddingTop", "paddingBottom", "paddingRight", "borderLeftWidth", "borderTopWidth",
        "borderBottomWidth", "borderRightWidth", "borderLeftStyle", "borderTopStyle", "borderBottomStyle",
        "borderRightStyle"];
    var simulator = null;
    // PrimeFaces defines its own when the page is ready; this ready handler comes after its, and replaces it
    $(function () {
        $.fn.getCaretPosition = caretPosition;
    });
    function caretPosition() {
        var field = this, element = field[0];
        if (simulator === null) {
            simulator = document.createElement("div");
            simulator.setAttribute("aria-hidden", "true");
            document.body.appendChild(simulator);
        }
        var style = simulator.style, computed = window.getComputedStyle(element);
        copied.forEach(function (name) {
            style[name] = computed[name];
        });
        style.position = "absolute";
        style.top = "0px";
        style.left = "0px";
        style.visibility = "hidden";
        style.whiteSpace = "pre-wrap";
        style.overflowWrap = "break-word";
        style.overflowY = "auto";
        style.width = field.width() + "px";
        style.height = field.height() + "px";
        var text = field.val(), at = element.selectionStart || 0;
        var focus = document.createElement("span");
        simulator.replaceChildren(document.createTextNode(text.substring(0, at)), focus,
            document.createTextNode(text.substring(at)));
        var caret = $(focus).offset(), origin = $(simulator).offset();
        return {
            top: caret.top - origin.top - element.scrollTop + parseInt(computed.fontSize, 10),
            left: focus.offsetLeft - simulator.offsetLeft - element.scrollLeft
        };
    }
}(window.jQuery));
