import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
console.log(LitElement);
