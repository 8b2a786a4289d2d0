// Lists each OpenAPI document's operations under its link. Text only (no innerHTML), so a document cannot inject markup.
const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

for (const item of document.querySelectorAll('li[data-document]')) {
  const list = item.appendChild(document.createElement('ul'));
  fetch(item.dataset.document, { headers: { Accept: 'application/json' } })
    .then(response => response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`)))
    .then(openApi => {
      for (const [path, operations] of Object.entries(openApi.paths ?? {})) {
        for (const method of methods.filter(m => operations[m])) {
          const summary = operations[method].summary ?? operations[method].operationId ?? '';
          list.appendChild(document.createElement('li')).textContent = `${method.toUpperCase()} ${path} ${summary}`.trim();
        }
      }
    })
    .catch(error => { list.appendChild(document.createElement('li')).textContent = `Document unavailable (${error.message})`; });
}
