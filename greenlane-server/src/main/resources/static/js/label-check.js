// A carbon label's "verified in the log", redone in the browser with WebCrypto (decision 064): the leaf
// hash SHA-256(0x00 || entry), the inclusion proof folded up to a root as RFC 9162 2.1.3.2 says, that root
// and tree size compared with the signed checkpoint, and the checkpoint's Ed25519 signature under the
// log's public key. The server's own steps are on the page already; this trusts none of them.
(function () {
    'use strict';
    const box = document.getElementById('browser-check');
    if (!box) {
        return;
    }
    const words = document.getElementById('browser-words').content;
    const word = (name) => words.querySelector('[data-' + name + ']').textContent;
    const bytes = (base64) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const hex = (array) => Array.from(array, (b) => b.toString(16).padStart(2, '0')).join('');

    function mark(step, outcome, detail) {
        const item = box.querySelector('[data-browser="' + step + '"]');
        const badge = item.querySelector('.badge');
        item.dataset.outcome = outcome;
        badge.textContent = word(outcome === 'OK' ? 'ok' : outcome === 'FAILED' ? 'failed' : 'unsupported');
        badge.classList.add(outcome === 'OK' ? 'ok' : 'bad');
        item.querySelector('code').textContent = detail || '';
    }

    async function sha256(...parts) {
        const joined = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
        let offset = 0;
        for (const part of parts) {
            joined.set(part, offset);
            offset += part.length;
        }
        return new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
    }

    async function run() {
        if (!window.crypto || !crypto.subtle) {
            ['leaf', 'root', 'signature'].forEach((step) => mark(step, 'UNSUPPORTED', ''));
            return;
        }
        const leaf = await sha256(new Uint8Array([0]), bytes(box.dataset.entry));
        mark('leaf', 'OK', hex(leaf));

        const node = new Uint8Array([1]);
        const proof = box.dataset.proof ? box.dataset.proof.split(',').map(bytes) : [];
        let fn = BigInt(box.dataset.index);
        let sn = BigInt(box.dataset.size) - 1n;
        let root = leaf;
        let complete = fn <= sn;
        for (const hash of proof) {
            if (sn === 0n) {
                complete = false;
                break;
            }
            if ((fn & 1n) === 1n || fn === sn) {
                root = await sha256(node, hash, root);
                while ((fn & 1n) === 0n && fn !== 0n) {
                    fn >>= 1n;
                    sn >>= 1n;
                }
            } else {
                root = await sha256(node, root, hash);
            }
            fn >>= 1n;
            sn >>= 1n;
        }
        const note = bytes(box.dataset.note);
        const lines = new TextDecoder().decode(note).split('\n');
        const signedRoot = lines.length > 2 ? lines[2] : '';
        const rootMatches = complete && sn === 0n && btoa(String.fromCharCode(...root)) === signedRoot
            && lines[1] === box.dataset.size;
        mark('root', rootMatches ? 'OK' : 'FAILED', hex(root));

        try {
            const key = await crypto.subtle.importKey('raw', bytes(box.dataset.key), {name: 'Ed25519'}, false, ['verify']);
            const valid = await crypto.subtle.verify({name: 'Ed25519'}, key, bytes(box.dataset.signature), note);
            mark('signature', valid ? 'OK' : 'FAILED', lines[0] || '');
        } catch (unsupported) {
            mark('signature', 'UNSUPPORTED', unsupported.name);
        }
    }

    run().catch((failure) => mark('root', 'FAILED', String(failure)));
})();
