/** The bundled feedback question, in a module of its own: only <mlops-feedback> needs it. */
import { feedback as feedbackJson } from '../../data/mlops.json?slice=feedback';
import type { Profile } from './types.js';

export const bundledFeedbackQuestion = (feedbackJson as Profile['feedback']).question;
