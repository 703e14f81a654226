import { render } from 'preact';
import { createSettingsModel } from '../../utils/models/settings';
import { getSettings, updateSettings, watchSettings } from '../../utils/storage';
import { App } from './App';
import '../popup/style.css';
import './style.css';

const model = createSettingsModel({ get: getSettings, watch: watchSettings, save: updateSettings });
render(<App model={model} />, document.getElementById('app')!);
