/** Side panel (Chrome) / popup and sidebar (Firefox) entry. */
import '../platform/zod-jitless.js';
import '../ui/theme.css';
import { render } from 'preact';
import { App } from './App.js';

render(<App />, document.getElementById('app')!);
