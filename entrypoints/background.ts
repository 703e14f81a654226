import { defineBackground } from 'wxt/utils/define-background';

// PLACEHOLDER: replaced by the reader-experience work (issue 5).
export default defineBackground(() => {});
