// The docs demo in German: the elements' own wording comes from these tables, registered through
// the CDN file the page already loads. The dataset's text (chart labels, the feedback question,
// terms) stays as the profile has it: a German profile would come through <mlops-profile src>.
import { registerStrings } from '/dist/cdn/mlops-elements.js';
import { germanStrings } from './strings-de.js';

registerStrings('de', germanStrings);

const log = document.getElementById('event-log');
document.addEventListener('mlops-feedback-submit', (event) => {
  log.textContent = JSON.stringify(event.detail, null, 2);
});
