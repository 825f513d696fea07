// After a postback with errors, whole page or ajax, the keyboard and screen reader land on the
// first field marked invalid (aria-invalid, which PrimeFaces renders on an invalid input).
(function () {
    "use strict";

    function focusFirstInvalid() {
        var field = document.querySelector("[aria-invalid='true']");
        if (field && document.activeElement !== field) {
            field.focus();
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        focusFirstInvalid();
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", focusFirstInvalid);
        }
    });
})();
