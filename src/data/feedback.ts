/** The bundled feedback question, in a module of its own: only <mlops-feedback> needs it. */
import { feedback } from './bundled/feedback.js';

export const bundledFeedbackQuestion: string = feedback.question;
