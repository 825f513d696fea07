// After a postback with errors, whole page or ajax, the keyboard and screen reader land on the
// first field marked invalid (aria-invalid, which PrimeFaces renders on an invalid input).
//
// Typing limits: a field's limit is given as data-rl-maxlength and set here as the browser's
// maxlength. Not as the component's maxlength, because PrimeFaces' text renderers then cut a
// longer submitted value to that length before any validator sees it: an over-long value would
// be stored cut instead of refused at its field (f:validateLength on the server says so).
(function () {
    "use strict";

    function focusFirstInvalid() {
        var field = document.querySelector("[aria-invalid='true']");
        if (field && document.activeElement !== field) {
            field.focus();
        }
    }

    function applyTypingLimits() {
        document.querySelectorAll("[data-rl-maxlength]").forEach(function (field) {
            field.maxLength = parseInt(field.getAttribute("data-rl-maxlength"), 10);
        });
    }

    function afterRender() {
        applyTypingLimits();
        focusFirstInvalid();
    }

    document.addEventListener("DOMContentLoaded", function () {
        afterRender();
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", afterRender);
        }
    });
})();
