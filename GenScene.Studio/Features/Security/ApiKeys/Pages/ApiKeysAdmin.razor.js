// Copies a new key to the clipboard. The Clipboard API needs a secure context (https or localhost); on a
// studio reached over plain http by another name, the selected text is copied the older way instead.
export async function copyText(elementId) {
  const element = document.getElementById(elementId);
  if (!element) {
    return false;
  }
  const text = element.textContent.trim();
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission): fall through to the selection.
    }
  }
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  return document.execCommand('copy');
}
