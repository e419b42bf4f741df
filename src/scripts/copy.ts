// One delegated listener serves every copy button on the page (CopyButton.astro and the cite
// panels): it copies the text of the element named by data-copy-target and says so.
document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy-target]');
  if (!button) return;
  const source = document.getElementById(button.dataset.copyTarget ?? '');
  const status = button.nextElementSibling;
  if (!source) return;
  try {
    await navigator.clipboard.writeText(source.textContent ?? '');
    if (status) status.textContent = 'Copied';
    button.dataset.copied = 'true';
    setTimeout(() => {
      delete button.dataset.copied;
      if (status) status.textContent = '';
    }, 2000);
  } catch {
    if (status) status.textContent = 'Copy failed: select the text and copy it by hand';
  }
});
