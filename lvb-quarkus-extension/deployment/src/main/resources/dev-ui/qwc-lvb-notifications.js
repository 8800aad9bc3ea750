import { QwcHotReloadElement, html, css } from 'qwc-hot-reload-element';
import { JsonRpc } from 'jsonrpc';
import '@vaadin/grid';
import '@vaadin/button';
import '@vaadin/icon';
import '@vaadin/progress-bar';
import 'qui-badge';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';

/**
 * LVB: the last notifications the callback endpoint received (dev mode keeps 50), accepted or rejected.
 */
export class QwcLvbNotifications extends QwcHotReloadElement {

    jsonRpc = new JsonRpc(this);

    static styles = css`
        :host {
            display: flex;
            flex-direction: column;
            height: 100%;
            padding: 0 10px;
        }
        .menubar {
            display: flex;
            align-items: center;
            gap: 10px;
        }
        .datatable {
            flex: 1;
        }
        .empty {
            padding: 20px;
            color: var(--lumo-secondary-text-color);
        }
        code {
            font-size: 90%;
        }`;

    static properties = {
        _notifications: { state: true }
    };

    constructor() {
        super();
        this._notifications = null;
    }

    connectedCallback() {
        super.connectedCallback();
        this.hotReload();
        this._timer = setInterval(() => this.hotReload(), 3000);
    }

    disconnectedCallback() {
        clearInterval(this._timer);
        super.disconnectedCallback();
    }

    hotReload() {
        this.jsonRpc.getNotifications().then(jsonRpcResponse => {
            this._notifications = jsonRpcResponse.result;
        });
    }

    _clear() {
        this.jsonRpc.clearNotifications().then(() => this.hotReload());
    }

    render() {
        if (!this._notifications) {
            return html`<vaadin-progress-bar indeterminate></vaadin-progress-bar>`;
        }
        return html`
            <div class="menubar">
                <vaadin-button theme="small tertiary" @click=${() => this.hotReload()}>
                    <vaadin-icon icon="font-awesome-solid:rotate"></vaadin-icon> Refresh
                </vaadin-button>
                <vaadin-button theme="small tertiary" @click=${() => this._clear()}>
                    <vaadin-icon icon="font-awesome-solid:trash-can"></vaadin-icon> Clear
                </vaadin-button>
            </div>
            ${this._notifications.length === 0
                ? html`<div class="empty">No notification received yet. Enter the callback URL (Configuration page)
                       in the LVB console, or push a stream on the simulator Dev Service.</div>`
                : this._renderGrid()}`;
    }

    _renderGrid() {
        return html`
            <vaadin-grid .items="${this._notifications}" class="datatable" theme="no-border row-stripes">
                <vaadin-grid-column auto-width header="Received" resizable
                    ${columnBodyRenderer(n => html`<span title="${n.time}">${this._time(n.time)}</span>`, [])}>
                </vaadin-grid-column>
                <vaadin-grid-column auto-width header="event_type" resizable
                    ${columnBodyRenderer(n => html`${n.eventType ?? '-'}`, [])}></vaadin-grid-column>
                <vaadin-grid-column auto-width header="Event" resizable
                    ${columnBodyRenderer(n => html`<code>${n.event ?? '-'}</code>`, [])}></vaadin-grid-column>
                <vaadin-grid-column auto-width header="Stream" resizable
                    ${columnBodyRenderer(n => html`<code>${n.streamId ?? '-'}</code>`, [])}></vaadin-grid-column>
                <vaadin-grid-column width="16em" flex-grow="0" header="Outcome" resizable
                    ${columnBodyRenderer(n => this._outcome(n), [])}></vaadin-grid-column>
                <vaadin-grid-column flex-grow="1" header="Reason" resizable
                    ${columnBodyRenderer(n => html`${n.reason ?? ''}`, [])}></vaadin-grid-column>
            </vaadin-grid>`;
    }

    _time(iso) {
        const d = new Date(iso);
        return isNaN(d) ? iso : d.toLocaleString();
    }

    _outcome(n) {
        const level = n.status === 200 ? 'success' : (n.status >= 500 ? 'error' : 'warning');
        return html`<qui-badge level="${level}" small><span>${n.outcome} (${n.status})</span></qui-badge>`;
    }
}
customElements.define('qwc-lvb-notifications', QwcLvbNotifications);
