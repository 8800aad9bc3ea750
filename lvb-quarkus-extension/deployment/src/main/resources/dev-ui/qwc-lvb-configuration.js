import { QwcHotReloadElement, html, css } from 'qwc-hot-reload-element';
import { JsonRpc } from 'jsonrpc';
import '@vaadin/grid';
import '@vaadin/progress-bar';
import '@vaadin/icon';
import 'qui-badge';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';

/**
 * LVB: the callback URL to enter in the LVB console, the simulator Dev Service, and the effective configuration.
 * The API and callback keys never reach the browser: the service sends "set" or "not set".
 */
export class QwcLvbConfiguration extends QwcHotReloadElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host {
            display: flex;
            flex-direction: column;
            gap: 10px;
            height: 100%;
            padding: 10px 20px;
        }
        .summary {
            display: grid;
            grid-template-columns: max-content auto;
            gap: 6px 16px;
            align-items: center;
        }
        .label {
            font-weight: bold;
        }
        .datatable {
            flex: 1;
        }
        code {
            font-size: 90%;
        }`;

    static properties = {
        _configuration: { state: true },
        _error: { state: true }
    };

    constructor() {
        super();
        this._configuration = null;
        this._error = null;
    }

    connectedCallback() {
        super.connectedCallback();
        this.hotReload();
    }

    hotReload() {
        this.jsonRpc.getConfiguration().then(jsonRpcResponse => {
            this._configuration = jsonRpcResponse.result;
            this._error = null;
        }).catch(error => {
            this._error = error?.error?.message ?? String(error);
        });
    }

    render() {
        if (this._error) {
            return html`<qui-badge level="error"><span>${this._error}</span></qui-badge>`;
        }
        if (!this._configuration) {
            return html`<vaadin-progress-bar indeterminate></vaadin-progress-bar>`;
        }
        const c = this._configuration;
        return html`
            <div class="summary">
                <span class="label">Callback URL</span>
                ${c.callbackEnabled
                    ? html`<code>${c.callbackUrl}</code>`
                    : html`<qui-badge level="contrast"><span>callback endpoint disabled</span></qui-badge>`}
                <span class="label">Simulator Dev Service</span>
                ${c.devService.running
                    ? html`<span><qui-badge level="success"><span>running</span></qui-badge>
                           <code>${c.devService.url}</code></span>`
                    : html`<qui-badge level="contrast"><span>not running</span></qui-badge>`}
            </div>
            <vaadin-grid .items="${c.properties}" class="datatable" theme="no-border row-stripes">
                <vaadin-grid-column auto-width header="Property" resizable
                    ${columnBodyRenderer(p => html`<code>${p.name}</code>`, [])}>
                </vaadin-grid-column>
                <vaadin-grid-column auto-width header="Value" resizable
                    ${columnBodyRenderer(p => html`<code>${p.value}</code>`, [])}>
                </vaadin-grid-column>
            </vaadin-grid>`;
    }
}
customElements.define('qwc-lvb-configuration', QwcLvbConfiguration);
