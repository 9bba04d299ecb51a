// Shows what a docs portal receives from <mlops-feedback>: the event's detail, as text.
const log = document.getElementById('event-log');
document.addEventListener('mlops-feedback-submit', (event) => {
  log.textContent = JSON.stringify(event.detail, null, 2);
});
