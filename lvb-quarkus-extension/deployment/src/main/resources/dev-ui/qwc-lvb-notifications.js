import { QwcHotReloadElement, html, css } from 'qwc-hot-reload-element';
import { JsonRpc } from 'jsonrpc';
import '@vaadin/grid';
import '@vaadin/button';
import '@vaadin/icon';
import '@vaadin/progress-bar';
import 'qui-badge';
import '@vaadin/select';
import '@vaadin/text-field';
import { notifier } from 'notifier';
import { columnBodyRenderer } from '@vaadin/grid/lit.js';

/**
 * LVB: the last notifications the callback endpoint received (dev mode keeps 50), accepted or rejected. A verified
 * one can be replayed to the application's observers (re-signed with a fresh t, through the real endpoint, delivered
 * with the @LvbReplay qualifier), and a sample notification of any known type can be sent.
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
        _notifications: { state: true },
        _sampleTypes: { state: true },
        _sampleType: { state: true },
        _sampleStream: { state: true }
    };

    constructor() {
        super();
        this._notifications = null;
        this._sampleTypes = [];
        this._sampleType = '1';
        this._sampleStream = 'sample_stream';
    }

    connectedCallback() {
        super.connectedCallback();
        this.hotReload();
        this._timer = setInterval(() => this.hotReload(), 3000);
        this.jsonRpc.getSampleTypes().then(r => {
            this._sampleTypes = r.result.map(t => ({ label: t.eventType + ' ' + t.label, value: String(t.eventType) }));
        });
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

    _replay(n) {
        this.jsonRpc.replayNotification({ id: n.id }).then(r => this._answered('Replay of #' + n.id, r.result));
    }

    _sendSample() {
        this.jsonRpc.sendSampleNotification({ eventType: Number(this._sampleType), streamId: this._sampleStream })
            .then(r => this._answered('Sample event_type ' + this._sampleType, r.result));
    }

    _answered(what, result) {
        if (result.error) {
            notifier.showErrorMessage(what + ': ' + result.error);
        } else {
            const ok = result.status === 200;
            (ok ? notifier.showInfoMessage : notifier.showWarningMessage)(what + ': HTTP ' + result.status + ' '
                + result.answer);
        }
        this.hotReload();
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
                <span style="flex:1"></span>
                <vaadin-select label="Sample" theme="small" .items="${this._sampleTypes}" .value="${this._sampleType}"
                    @value-changed=${e => this._sampleType = e.detail.value}></vaadin-select>
                <vaadin-text-field label="stream" theme="small" .value="${this._sampleStream}"
                    @value-changed=${e => this._sampleStream = e.detail.value}></vaadin-text-field>
                <vaadin-button theme="small" @click=${() => this._sendSample()}>
                    <vaadin-icon icon="font-awesome-solid:paper-plane"></vaadin-icon> Send sample
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
                <vaadin-grid-column auto-width header="" flex-grow="0"
                    ${columnBodyRenderer(n => n.replayable
                        ? html`<vaadin-button theme="small tertiary" title="Deliver it again to the observers (@LvbReplay)"
                                   @click=${() => this._replay(n)}>Replay</vaadin-button>`
                        : html``, [])}></vaadin-grid-column>
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
