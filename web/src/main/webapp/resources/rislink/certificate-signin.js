/*
 * Signs the sign-in challenge with the card and posts the signature. The card here is the
 * development soft card (a JSON file whose key the PIN decrypts, see SoftCard.java): the key is
 * opened and used with the browser's Web Crypto API, so neither the key nor the PIN leaves the
 * browser. A deployment with real cards replaces openCard() with a call to the card's signing
 * component, which returns the same two things: the certificate and a signature over the text.
 */
(function () {
    "use strict";

    function bytes(base64) {
        return Uint8Array.from(atob(base64), function (c) { return c.charCodeAt(0); });
    }

    function base64(buffer) {
        var text = "";
        new Uint8Array(buffer).forEach(function (b) { text += String.fromCharCode(b); });
        return btoa(text);
    }

    function CardError(kind) {
        this.kind = kind;
    }

    async function openCard(file, pin) {
        var card;
        try {
            card = JSON.parse(await file.text());
        } catch (e) {
            throw new CardError("format");
        }
        if (card.format !== "rislink-soft-card-1") {
            throw new CardError("format");
        }
        var subtle = window.crypto && window.crypto.subtle;
        if (!subtle) {
            throw new CardError("crypto");
        }
        var secret = await subtle.importKey("raw", new TextEncoder().encode(pin), "PBKDF2", false, ["deriveKey"]);
        var aes = await subtle.deriveKey(
            {name: "PBKDF2", hash: "SHA-256", salt: bytes(card.salt), iterations: card.iterations},
            secret, {name: "AES-GCM", length: 256}, false, ["decrypt"]);
        var pkcs8;
        try {
            pkcs8 = await subtle.decrypt({name: "AES-GCM", iv: bytes(card.iv)}, aes, bytes(card.key));
        } catch (e) {
            throw new CardError("pin");
        }
        var key = await subtle.importKey(
            "pkcs8", pkcs8, {name: "RSASSA-PKCS1-v1_5", hash: "SHA-256"}, false, ["sign"]);
        return {
            certificate: card.certificate,
            sign: async function (text) {
                return base64(await subtle.sign("RSASSA-PKCS1-v1_5", key, new TextEncoder().encode(text)));
            }
        };
    }

    function field(id) {
        return document.getElementById("certSignIn:" + id);
    }

    function showError(kind) {
        var box = document.getElementById("cardError");
        box.textContent = box.dataset[kind];
        box.classList.remove("rl-hidden");
    }

    async function signIn() {
        var box = document.getElementById("cardError");
        box.classList.add("rl-hidden");
        var pinField = document.getElementById("pin");
        var file = document.getElementById("card").files[0];
        if (!/^\d{8}$/.test(field("businessId").value.trim())) {
            showError("businessId");
            return;
        }
        if (!file) {
            showError("card");
            return;
        }
        try {
            var card = await openCard(file, pinField.value);
            field("certificate").value = card.certificate;
            field("signature").value = await card.sign(document.getElementById("challenge").value);
        } catch (e) {
            showError(e instanceof CardError ? e.kind : "crypto");
            return;
        } finally {
            pinField.value = "";
        }
        field("send").click();
    }

    // Bound here, not in an onclick attribute: the screens' Content-Security-Policy runs no inline handlers.
    field("sign").addEventListener("click", signIn);
}());
