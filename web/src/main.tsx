import { render } from 'preact';
import { App } from './App.tsx';
import { restoreSession } from './lib/session.ts';
import './styles.css';

void restoreSession();
render(<App />, document.getElementById('app')!);
