// After a postback with errors, whole page or ajax, the keyboard and screen reader land on the
// first field marked invalid (aria-invalid, which PrimeFaces renders on an invalid input).
//
// Typing limits: a field's limit is given as data-rl-maxlength and set here as the browser's
// maxlength. Not as the component's maxlength, because PrimeFaces' text renderers then cut a
// longer submitted value to that length before any validator sees it: an over-long value would
// be stored cut instead of refused at its field (f:validateLength on the server says so).
//
// File size limits: a file input's data-rl-max-bytes stops a larger file before it is sent (the
// server refuses it too, but only after the browser has sent it all), with the input's
// data-rl-too-large as the browser's validation message.
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

    function checkFileSize(event) {
        var input = event.target;
        if (!input.matches || !input.matches("input[type='file'][data-rl-max-bytes]")) {
            return;
        }
        var max = parseInt(input.getAttribute("data-rl-max-bytes"), 10);
        var tooLarge = input.files && input.files.length > 0 && input.files[0].size > max;
        input.setCustomValidity(tooLarge ? input.getAttribute("data-rl-too-large") : "");
        if (tooLarge) {
            input.reportValidity();
        }
    }

    function afterRender() {
        applyTypingLimits();
        focusFirstInvalid();
    }

    document.addEventListener("change", checkFileSize);
    document.addEventListener("DOMContentLoaded", function () {
        afterRender();
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", afterRender);
        }
    });
})();
