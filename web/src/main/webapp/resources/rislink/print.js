/* Buttons marked data-rl-print print the page; bound here because screens run no inline handlers. */
(function () {
    "use strict";
    document.addEventListener("click", function (event) {
        if (event.target.closest("[data-rl-print]")) {
            event.preventDefault();
            window.print();
        }
    });
}());
