import {LitElement} from "lit"; console.log(LitElement)
