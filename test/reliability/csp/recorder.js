// Loaded first by page.html (an external file: the policy allows no inline script). Records every
// CSP violation and uncaught error on the page for the test in the parent frame to read.
window.__cspViolations = [];
window.__pageErrors = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.__cspViolations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
    });
  },
  true,
);
window.addEventListener('error', (event) => window.__pageErrors.push(String(event.message || event.type)), true);
window.addEventListener('unhandledrejection', (event) => window.__pageErrors.push(String(event.reason)));
