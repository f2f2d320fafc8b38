/** Options page entry. */
import '../platform/zod-jitless.js';
import '../ui/theme.css';
import { render } from 'preact';
import { OptionsApp } from './OptionsApp.js';

render(<OptionsApp />, document.getElementById('app')!);
