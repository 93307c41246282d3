// @ts-nocheck
// Generated from schemas/*.schema.json by src/output/validators-source.ts; do not edit.
// Regenerate: node --import tsx schemas/generate-validators.ts
const codePointLength = (text) => [...text].length;
export const classic = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:generate-dashboards:schema:dashboard-v1","title":"Classic Grafana dashboard (schemaVersion 42) as generate-dashboards writes it","description":"Written for this project from the foundation SDK's dashboard types (dashboard.Dashboard, Panel, RowPanel); it checks what Grafana's file provisioning and our readers depend on, not every option.","type":"object","required":["uid","title","schemaVersion","panels","templating","time","annotations"],"properties":{"uid":{"$ref":"#/definitions/uid"},"title":{"type":"string","minLength":1},"description":{"type":"string"},"schemaVersion":{"const":42},"tags":{"type":"array","items":{"type":"string"}},"time":{"type":"object","required":["from","to"],"properties":{"from":{"type":"string","minLength":1},"to":{"type":"string","minLength":1}}},"refresh":{"type":"string"},"id":{"not":{},"description":"Provisioned dashboards get their database id from Grafana."},"annotations":{"type":"object","required":["list"],"properties":{"list":{"type":"array","items":{"type":"object","required":["name","datasource"]}}}},"templating":{"type":"object","required":["list"],"properties":{"list":{"type":"array","items":{"$ref":"#/definitions/variable"}}}},"panels":{"type":"array","items":{"$ref":"#/definitions/topLevelPanel"}}},"definitions":{"uid":{"type":"string","pattern":"^[a-zA-Z0-9_-]{1,40}$"},"panelId":{"type":"integer","minimum":1},"datasourceRef":{"type":"object","required":["type","uid"],"properties":{"type":{"type":"string","minLength":1},"uid":{"type":"string","minLength":1}}},"gridPos":{"type":"object","required":["x","y","w","h"],"properties":{"x":{"type":"integer","minimum":0,"maximum":23},"y":{"type":"integer","minimum":0},"w":{"type":"integer","minimum":1,"maximum":24},"h":{"type":"integer","minimum":1}}},"variable":{"type":"object","required":["type","name"],"properties":{"type":{"enum":["query","datasource","custom","constant","interval","textbox","adhoc"]},"name":{"type":"string","pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$"},"label":{"type":"string"}},"allOf":[{"if":{"properties":{"type":{"const":"query"}}},"then":{"required":["datasource","query"],"properties":{"datasource":{"$ref":"#/definitions/datasourceRef"},"query":{"type":"object","required":["query","refId"],"properties":{"query":{"type":"string","minLength":1}}}}}},{"if":{"properties":{"type":{"const":"datasource"}}},"then":{"required":["query"],"properties":{"query":{"type":"string","minLength":1}}}}]},"target":{"type":"object","required":["refId","datasource"],"properties":{"refId":{"type":"string","pattern":"^[A-Z]+$"},"datasource":{"$ref":"#/definitions/datasourceRef"}},"if":{"properties":{"datasource":{"properties":{"type":{"const":"prometheus"}}}}},"then":{"required":["expr"],"properties":{"expr":{"type":"string","minLength":1},"format":{"enum":["time_series","table","heatmap"]},"instant":{"type":"boolean"},"range":{"type":"boolean"},"legendFormat":{"type":"string"}}}},"panel":{"type":"object","required":["id","type","title","gridPos"],"properties":{"id":{"$ref":"#/definitions/panelId"},"type":{"type":"string","minLength":1,"not":{"const":"row"}},"title":{"type":"string","minLength":1},"description":{"type":"string"},"gridPos":{"$ref":"#/definitions/gridPos"},"datasource":{"$ref":"#/definitions/datasourceRef"},"targets":{"type":"array","items":{"$ref":"#/definitions/target"}},"options":{"type":"object"},"fieldConfig":{"type":"object","required":["defaults","overrides"],"properties":{"defaults":{"type":"object","properties":{"unit":{"type":"string","minLength":1},"decimals":{"type":"integer","minimum":0},"min":{"type":"number"},"max":{"type":"number"},"custom":{"type":"object"},"thresholds":{"type":"object","required":["mode","steps"],"properties":{"mode":{"enum":["absolute","percentage"]},"steps":{"type":"array","minItems":1,"items":{"type":"object","required":["color","value"],"properties":{"color":{"type":"string"},"value":{"type":["number","null"]}}}}}}}},"overrides":{"type":"array","items":{"type":"object","required":["matcher","properties"],"properties":{"matcher":{"type":"object","required":["id"],"properties":{"id":{"type":"string"}}},"properties":{"type":"array","items":{"type":"object","required":["id"],"properties":{"id":{"type":"string"}}}}}}}}},"transformations":{"type":"array","items":{"type":"object","required":["id","options"],"properties":{"id":{"type":"string","minLength":1},"options":{"type":"object"}}}}}},"row":{"type":"object","required":["id","type","title","collapsed","gridPos","panels"],"properties":{"id":{"$ref":"#/definitions/panelId"},"type":{"const":"row"},"title":{"type":"string","minLength":1},"collapsed":{"type":"boolean"},"gridPos":{"allOf":[{"$ref":"#/definitions/gridPos"},{"properties":{"x":{"const":0},"w":{"const":24},"h":{"const":1}}}]},"panels":{"type":"array","items":{"$ref":"#/definitions/panel"}}},"if":{"properties":{"collapsed":{"const":false}}},"then":{"properties":{"panels":{"type":"array","maxItems":0}}}},"topLevelPanel":{"if":{"type":"object","properties":{"type":{"const":"row"}},"required":["type"]},"then":{"$ref":"#/definitions/row"},"else":{"$ref":"#/definitions/panel"}}}};
const schema12 = {"type":"string","pattern":"^[a-zA-Z0-9_-]{1,40}$"};
const pattern0 = new RegExp("^[a-zA-Z0-9_-]{1,40}$", "u");
const func2 = codePointLength;
const schema13 = {"type":"object","required":["type","name"],"properties":{"type":{"enum":["query","datasource","custom","constant","interval","textbox","adhoc"]},"name":{"type":"string","pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$"},"label":{"type":"string"}},"allOf":[{"if":{"properties":{"type":{"const":"query"}}},"then":{"required":["datasource","query"],"properties":{"datasource":{"$ref":"#/definitions/datasourceRef"},"query":{"type":"object","required":["query","refId"],"properties":{"query":{"type":"string","minLength":1}}}}}},{"if":{"properties":{"type":{"const":"datasource"}}},"then":{"required":["query"],"properties":{"query":{"type":"string","minLength":1}}}}]};
const schema14 = {"type":"object","required":["type","uid"],"properties":{"type":{"type":"string","minLength":1},"uid":{"type":"string","minLength":1}}};
const pattern1 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_]*$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("query" !== data.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.datasource === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "datasource"},message:"must have required property '"+"datasource"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.query === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.datasource !== undefined){
let data1 = data.datasource;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.type === undefined){
const err3 = {instancePath:instancePath+"/datasource",schemaPath:"#/definitions/datasourceRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.uid === undefined){
const err4 = {instancePath:instancePath+"/datasource",schemaPath:"#/definitions/datasourceRef/required",keyword:"required",params:{missingProperty: "uid"},message:"must have required property '"+"uid"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.type !== undefined){
let data2 = data1.type;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err5 = {instancePath:instancePath+"/datasource/type",schemaPath:"#/definitions/datasourceRef/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/datasource/type",schemaPath:"#/definitions/datasourceRef/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.uid !== undefined){
let data3 = data1.uid;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err7 = {instancePath:instancePath+"/datasource/uid",schemaPath:"#/definitions/datasourceRef/properties/uid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/datasource/uid",schemaPath:"#/definitions/datasourceRef/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/datasource",schemaPath:"#/definitions/datasourceRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.query !== undefined){
let data4 = data.query;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.query === undefined){
const err10 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/0/then/properties/query/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.refId === undefined){
const err11 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/0/then/properties/query/required",keyword:"required",params:{missingProperty: "refId"},message:"must have required property '"+"refId"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.query !== undefined){
let data5 = data4.query;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err12 = {instancePath:instancePath+"/query/query",schemaPath:"#/allOf/0/then/properties/query/properties/query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/query/query",schemaPath:"#/allOf/0/then/properties/query/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/0/then/properties/query/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err15 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const _errs18 = errors;
let valid7 = true;
const _errs19 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("datasource" !== data.type){
const err16 = {};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
var _valid1 = _errs19 === errors;
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query === undefined){
const err17 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data.query !== undefined){
let data7 = data.query;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err18 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/1/then/properties/query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/query",schemaPath:"#/allOf/1/then/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
var _valid1 = _errs21 === errors;
valid7 = _valid1;
}
if(!valid7){
const err20 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.name === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data.type !== undefined){
let data8 = data.type;
if(!(((((((data8 === "query") || (data8 === "datasource")) || (data8 === "custom")) || (data8 === "constant")) || (data8 === "interval")) || (data8 === "textbox")) || (data8 === "adhoc"))){
const err23 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema13.properties.type.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.name !== undefined){
let data9 = data.name;
if(typeof data9 === "string"){
if(!pattern1.test(data9)){
const err24 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$"},message:"must match pattern \""+"^[a-zA-Z_][a-zA-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.label !== undefined){
if(typeof data.label !== "string"){
const err26 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

const schema15 = {"if":{"type":"object","properties":{"type":{"const":"row"}},"required":["type"]},"then":{"$ref":"#/definitions/row"},"else":{"$ref":"#/definitions/panel"}};
const schema16 = {"type":"object","required":["id","type","title","collapsed","gridPos","panels"],"properties":{"id":{"$ref":"#/definitions/panelId"},"type":{"const":"row"},"title":{"type":"string","minLength":1},"collapsed":{"type":"boolean"},"gridPos":{"allOf":[{"$ref":"#/definitions/gridPos"},{"properties":{"x":{"const":0},"w":{"const":24},"h":{"const":1}}}]},"panels":{"type":"array","items":{"$ref":"#/definitions/panel"}}},"if":{"properties":{"collapsed":{"const":false}}},"then":{"properties":{"panels":{"type":"array","maxItems":0}}}};
const schema17 = {"type":"integer","minimum":1};
const schema18 = {"type":"object","required":["x","y","w","h"],"properties":{"x":{"type":"integer","minimum":0,"maximum":23},"y":{"type":"integer","minimum":0},"w":{"type":"integer","minimum":1,"maximum":24},"h":{"type":"integer","minimum":1}}};
const schema19 = {"type":"object","required":["id","type","title","gridPos"],"properties":{"id":{"$ref":"#/definitions/panelId"},"type":{"type":"string","minLength":1,"not":{"const":"row"}},"title":{"type":"string","minLength":1},"description":{"type":"string"},"gridPos":{"$ref":"#/definitions/gridPos"},"datasource":{"$ref":"#/definitions/datasourceRef"},"targets":{"type":"array","items":{"$ref":"#/definitions/target"}},"options":{"type":"object"},"fieldConfig":{"type":"object","required":["defaults","overrides"],"properties":{"defaults":{"type":"object","properties":{"unit":{"type":"string","minLength":1},"decimals":{"type":"integer","minimum":0},"min":{"type":"number"},"max":{"type":"number"},"custom":{"type":"object"},"thresholds":{"type":"object","required":["mode","steps"],"properties":{"mode":{"enum":["absolute","percentage"]},"steps":{"type":"array","minItems":1,"items":{"type":"object","required":["color","value"],"properties":{"color":{"type":"string"},"value":{"type":["number","null"]}}}}}}}},"overrides":{"type":"array","items":{"type":"object","required":["matcher","properties"],"properties":{"matcher":{"type":"object","required":["id"],"properties":{"id":{"type":"string"}}},"properties":{"type":"array","items":{"type":"object","required":["id"],"properties":{"id":{"type":"string"}}}}}}}}},"transformations":{"type":"array","items":{"type":"object","required":["id","options"],"properties":{"id":{"type":"string","minLength":1},"options":{"type":"object"}}}}}};
const schema23 = {"type":"object","required":["refId","datasource"],"properties":{"refId":{"type":"string","pattern":"^[A-Z]+$"},"datasource":{"$ref":"#/definitions/datasourceRef"}},"if":{"properties":{"datasource":{"properties":{"type":{"const":"prometheus"}}}}},"then":{"required":["expr"],"properties":{"expr":{"type":"string","minLength":1},"format":{"enum":["time_series","table","heatmap"]},"instant":{"type":"boolean"},"range":{"type":"boolean"},"legendFormat":{"type":"string"}}}};
const pattern2 = new RegExp("^[A-Z]+$", "u");

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.datasource !== undefined){
let data0 = data.datasource;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.type !== undefined){
if("prometheus" !== data0.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.expr === undefined){
const err1 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "expr"},message:"must have required property '"+"expr"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.expr !== undefined){
let data2 = data.expr;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err2 = {instancePath:instancePath+"/expr",schemaPath:"#/then/properties/expr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/expr",schemaPath:"#/then/properties/expr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.format !== undefined){
let data3 = data.format;
if(!(((data3 === "time_series") || (data3 === "table")) || (data3 === "heatmap"))){
const err4 = {instancePath:instancePath+"/format",schemaPath:"#/then/properties/format/enum",keyword:"enum",params:{allowedValues: schema23.then.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.instant !== undefined){
if(typeof data.instant !== "boolean"){
const err5 = {instancePath:instancePath+"/instant",schemaPath:"#/then/properties/instant/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.range !== undefined){
if(typeof data.range !== "boolean"){
const err6 = {instancePath:instancePath+"/range",schemaPath:"#/then/properties/range/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.legendFormat !== undefined){
if(typeof data.legendFormat !== "string"){
const err7 = {instancePath:instancePath+"/legendFormat",schemaPath:"#/then/properties/legendFormat/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
}
if(!valid0){
const err8 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.refId === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "refId"},message:"must have required property '"+"refId"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.datasource === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "datasource"},message:"must have required property '"+"datasource"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.refId !== undefined){
let data7 = data.refId;
if(typeof data7 === "string"){
if(!pattern2.test(data7)){
const err11 = {instancePath:instancePath+"/refId",schemaPath:"#/properties/refId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/refId",schemaPath:"#/properties/refId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.datasource !== undefined){
let data8 = data.datasource;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.type === undefined){
const err13 = {instancePath:instancePath+"/datasource",schemaPath:"#/definitions/datasourceRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data8.uid === undefined){
const err14 = {instancePath:instancePath+"/datasource",schemaPath:"#/definitions/datasourceRef/required",keyword:"required",params:{missingProperty: "uid"},message:"must have required property '"+"uid"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data8.type !== undefined){
let data9 = data8.type;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err15 = {instancePath:instancePath+"/datasource/type",schemaPath:"#/definitions/datasourceRef/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/datasource/type",schemaPath:"#/definitions/datasourceRef/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data8.uid !== undefined){
let data10 = data8.uid;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err17 = {instancePath:instancePath+"/datasource/uid",schemaPath:"#/definitions/datasourceRef/properties/uid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/datasource/uid",schemaPath:"#/definitions/datasourceRef/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/datasource",schemaPath:"#/definitions/datasourceRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}


function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.gridPos === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gridPos"},message:"must have required property '"+"gridPos"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/panelId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/panelId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.type !== undefined){
let data1 = data.type;
const _errs6 = errors;
const _errs7 = errors;
if("row" !== data1){
const err6 = {};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var valid2 = _errs7 === errors;
if(valid2){
const err7 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.gridPos !== undefined){
let data4 = data.gridPos;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.x === undefined){
const err13 = {instancePath:instancePath+"/gridPos",schemaPath:"#/definitions/gridPos/required",keyword:"required",params:{missingProperty: "x"},message:"must have required property '"+"x"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.y === undefined){
const err14 = {instancePath:instancePath+"/gridPos",schemaPath:"#/definitions/gridPos/required",keyword:"required",params:{missingProperty: "y"},message:"must have required property '"+"y"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.w === undefined){
const err15 = {instancePath:instancePath+"/gridPos",schemaPath:"#/definitions/gridPos/required",keyword:"required",params:{missingProperty: "w"},message:"must have required property '"+"w"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.h === undefined){
const err16 = {instancePath:instancePath+"/gridPos",schemaPath:"#/definitions/gridPos/required",keyword:"required",params:{missingProperty: "h"},message:"must have required property '"+"h"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.x !== undefined){
let data5 = data4.x;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err17 = {instancePath:instancePath+"/gridPos/x",schemaPath:"#/definitions/gridPos/properties/x/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 23 || isNaN(data5)){
const err18 = {instancePath:instancePath+"/gridPos/x",schemaPath:"#/definitions/gridPos/properties/x/maximum",keyword:"maximum",params:{comparison: "<=", limit: 23},message:"must be <= 23"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err19 = {instancePath:instancePath+"/gridPos/x",schemaPath:"#/definitions/gridPos/properties/x/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data4.y !== undefined){
let data6 = data4.y;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err20 = {instancePath:instancePath+"/gridPos/y",schemaPath:"#/definitions/gridPos/properties/y/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err21 = {instancePath:instancePath+"/gridPos/y",schemaPath:"#/definitions/gridPos/properties/y/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data4.w !== undefined){
let data7 = data4.w;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err22 = {instancePath:instancePath+"/gridPos/w",schemaPath:"#/definitions/gridPos/properties/w/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 24 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/gridPos/w",schemaPath:"#/definitions/gridPos/properties/w/maximum",keyword:"maximum",params:{comparison: "<=", limit: 24},message:"must be <= 24"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/gridPos/w",schemaPath:"#/definitions/gridPos/properties/w/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data4.h !== undefined){
let data8 = data4.h;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err25 = {instancePath:instancePath+"/gridPos/h",schemaPath:"#/definitions/gridPos/properties/h/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 1 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/gridPos/h",schemaPath:"#/definitions/gridPos/properties/h/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/gridPos",schemaPath:"#/definitions/gridPos/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.datasource !== undefined){
let data9 = data.datasource;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.type === undefined){
const err28 = {instancePath:instancePath+"/datasource",schemaPath:"#/definitions/datasourceRef/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data9.uid === undefined){
const err29 = {instancePath:instancePath+"/datasource",schemaPath:"#/definitions/datasourceRef/required",keyword:"required",params:{missingProperty: "uid"},message:"must have required property '"+"uid"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data9.type !== undefined){
let data10 = data9.type;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err30 = {instancePath:instancePath+"/datasource/type",schemaPath:"#/definitions/datasourceRef/properties/type/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/datasource/type",schemaPath:"#/definitions/datasourceRef/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.uid !== undefined){
let data11 = data9.uid;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err32 = {instancePath:instancePath+"/datasource/uid",schemaPath:"#/definitions/datasourceRef/properties/uid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/datasource/uid",schemaPath:"#/definitions/datasourceRef/properties/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/datasource",schemaPath:"#/definitions/datasourceRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.targets !== undefined){
let data12 = data.targets;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(!(validate16(data12[i0], {instancePath:instancePath+"/targets/" + i0,parentData:data12,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
}
else {
const err35 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.options !== undefined){
let data14 = data.options;
if(!(data14 && typeof data14 == "object" && !Array.isArray(data14))){
const err36 = {instancePath:instancePath+"/options",schemaPath:"#/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.fieldConfig !== undefined){
let data15 = data.fieldConfig;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.defaults === undefined){
const err37 = {instancePath:instancePath+"/fieldConfig",schemaPath:"#/properties/fieldConfig/required",keyword:"required",params:{missingProperty: "defaults"},message:"must have required property '"+"defaults"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data15.overrides === undefined){
const err38 = {instancePath:instancePath+"/fieldConfig",schemaPath:"#/properties/fieldConfig/required",keyword:"required",params:{missingProperty: "overrides"},message:"must have required property '"+"overrides"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data15.defaults !== undefined){
let data16 = data15.defaults;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.unit !== undefined){
let data17 = data16.unit;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err39 = {instancePath:instancePath+"/fieldConfig/defaults/unit",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/fieldConfig/defaults/unit",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data16.decimals !== undefined){
let data18 = data16.decimals;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err41 = {instancePath:instancePath+"/fieldConfig/defaults/decimals",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err42 = {instancePath:instancePath+"/fieldConfig/defaults/decimals",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data16.min !== undefined){
let data19 = data16.min;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err43 = {instancePath:instancePath+"/fieldConfig/defaults/min",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data16.max !== undefined){
let data20 = data16.max;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err44 = {instancePath:instancePath+"/fieldConfig/defaults/max",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data16.custom !== undefined){
let data21 = data16.custom;
if(!(data21 && typeof data21 == "object" && !Array.isArray(data21))){
const err45 = {instancePath:instancePath+"/fieldConfig/defaults/custom",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/custom/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data16.thresholds !== undefined){
let data22 = data16.thresholds;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.mode === undefined){
const err46 = {instancePath:instancePath+"/fieldConfig/defaults/thresholds",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/thresholds/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data22.steps === undefined){
const err47 = {instancePath:instancePath+"/fieldConfig/defaults/thresholds",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/thresholds/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data22.mode !== undefined){
let data23 = data22.mode;
if(!((data23 === "absolute") || (data23 === "percentage"))){
const err48 = {instancePath:instancePath+"/fieldConfig/defaults/thresholds/mode",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/thresholds/properties/mode/enum",keyword:"enum",params:{allowedValues: schema19.properties.fieldConfig.properties.defaults.properties.thresholds.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data22.steps !== undefined){
let data24 = data22.steps;
if(Array.isArray(data24)){
if(data24.length < 1){
const err49 = {instancePath:instancePath+"/fieldConfig/defaults/thresholds/steps",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/thresholds/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
const len1 = data24.length;
for(let i1=0; i1<len1; i1++){
let data25 = data24[i1];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.color === undefined){
const err50 = {instancePath:instancePath+"/fieldConfig/defaults/thresholds/steps/" + i1,schemaPath:"#/properties/fieldConfig/properties/defaults/properties/thresholds/properties/steps/items/required",keyword:"required",params:{missingProperty: "color"},message:"must have required property '"+"color"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data25.value === undefined){
const err51 = {instancePath:instancePath+"/fieldConfig/defaults/thresholds/steps/" + i1,schemaPath:"#/properties/fieldConfig/properties/defaults/properties/thresholds/properties/steps/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data25.color !== undefined){
if(typeof data25.color !== "string"){
const err52 = {instancePath:instancePath+"/fieldConfig/defaults/thresholds/steps/" + i1+"/color",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/thresholds/properties/steps/items/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data25.value !== undefined){
let data27 = data25.value;
if((!((typeof data27 == "number") && (isFinite(data27)))) && (data27 !== null)){
const err53 = {instancePath:instancePath+"/fieldConfig/defaults/thresholds/steps/" + i1+"/value",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/thresholds/properties/steps/items/properties/value/type",keyword:"type",params:{type: schema19.properties.fieldConfig.properties.defaults.properties.thresholds.properties.steps.items.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/fieldConfig/defaults/thresholds/steps/" + i1,schemaPath:"#/properties/fieldConfig/properties/defaults/properties/thresholds/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/fieldConfig/defaults/thresholds/steps",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/thresholds/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/fieldConfig/defaults/thresholds",schemaPath:"#/properties/fieldConfig/properties/defaults/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/fieldConfig/defaults",schemaPath:"#/properties/fieldConfig/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data15.overrides !== undefined){
let data28 = data15.overrides;
if(Array.isArray(data28)){
const len2 = data28.length;
for(let i2=0; i2<len2; i2++){
let data29 = data28[i2];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.matcher === undefined){
const err58 = {instancePath:instancePath+"/fieldConfig/overrides/" + i2,schemaPath:"#/properties/fieldConfig/properties/overrides/items/required",keyword:"required",params:{missingProperty: "matcher"},message:"must have required property '"+"matcher"+"'"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data29.properties === undefined){
const err59 = {instancePath:instancePath+"/fieldConfig/overrides/" + i2,schemaPath:"#/properties/fieldConfig/properties/overrides/items/required",keyword:"required",params:{missingProperty: "properties"},message:"must have required property '"+"properties"+"'"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data29.matcher !== undefined){
let data30 = data29.matcher;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30.id === undefined){
const err60 = {instancePath:instancePath+"/fieldConfig/overrides/" + i2+"/matcher",schemaPath:"#/properties/fieldConfig/properties/overrides/items/properties/matcher/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data30.id !== undefined){
if(typeof data30.id !== "string"){
const err61 = {instancePath:instancePath+"/fieldConfig/overrides/" + i2+"/matcher/id",schemaPath:"#/properties/fieldConfig/properties/overrides/items/properties/matcher/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/fieldConfig/overrides/" + i2+"/matcher",schemaPath:"#/properties/fieldConfig/properties/overrides/items/properties/matcher/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data29.properties !== undefined){
let data32 = data29.properties;
if(Array.isArray(data32)){
const len3 = data32.length;
for(let i3=0; i3<len3; i3++){
let data33 = data32[i3];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.id === undefined){
const err63 = {instancePath:instancePath+"/fieldConfig/overrides/" + i2+"/properties/" + i3,schemaPath:"#/properties/fieldConfig/properties/overrides/items/properties/properties/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data33.id !== undefined){
if(typeof data33.id !== "string"){
const err64 = {instancePath:instancePath+"/fieldConfig/overrides/" + i2+"/properties/" + i3+"/id",schemaPath:"#/properties/fieldConfig/properties/overrides/items/properties/properties/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/fieldConfig/overrides/" + i2+"/properties/" + i3,schemaPath:"#/properties/fieldConfig/properties/overrides/items/properties/properties/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/fieldConfig/overrides/" + i2+"/properties",schemaPath:"#/properties/fieldConfig/properties/overrides/items/properties/properties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/fieldConfig/overrides/" + i2,schemaPath:"#/properties/fieldConfig/properties/overrides/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/fieldConfig/overrides",schemaPath:"#/properties/fieldConfig/properties/overrides/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/fieldConfig",schemaPath:"#/properties/fieldConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.transformations !== undefined){
let data35 = data.transformations;
if(Array.isArray(data35)){
const len4 = data35.length;
for(let i4=0; i4<len4; i4++){
let data36 = data35[i4];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.id === undefined){
const err70 = {instancePath:instancePath+"/transformations/" + i4,schemaPath:"#/properties/transformations/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data36.options === undefined){
const err71 = {instancePath:instancePath+"/transformations/" + i4,schemaPath:"#/properties/transformations/items/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data36.id !== undefined){
let data37 = data36.id;
if(typeof data37 === "string"){
if(func2(data37) < 1){
const err72 = {instancePath:instancePath+"/transformations/" + i4+"/id",schemaPath:"#/properties/transformations/items/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/transformations/" + i4+"/id",schemaPath:"#/properties/transformations/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data36.options !== undefined){
let data38 = data36.options;
if(!(data38 && typeof data38 == "object" && !Array.isArray(data38))){
const err74 = {instancePath:instancePath+"/transformations/" + i4+"/options",schemaPath:"#/properties/transformations/items/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/transformations/" + i4,schemaPath:"#/properties/transformations/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/transformations",schemaPath:"#/properties/transformations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}


function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.collapsed !== undefined){
if(false !== data.collapsed){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.panels !== undefined){
let data1 = data.panels;
if(Array.isArray(data1)){
if(data1.length > 0){
const err1 = {instancePath:instancePath+"/panels",schemaPath:"#/then/properties/panels/maxItems",keyword:"maxItems",params:{limit: 0},message:"must NOT have more than 0 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/panels",schemaPath:"#/then/properties/panels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.type === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.title === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.collapsed === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "collapsed"},message:"must have required property '"+"collapsed"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.gridPos === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gridPos"},message:"must have required property '"+"gridPos"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.panels === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "panels"},message:"must have required property '"+"panels"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.id !== undefined){
let data2 = data.id;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/panelId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/panelId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.type !== undefined){
if("row" !== data.type){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "row"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.title !== undefined){
let data4 = data.title;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.collapsed !== undefined){
if(typeof data.collapsed !== "boolean"){
const err15 = {instancePath:instancePath+"/collapsed",schemaPath:"#/properties/collapsed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.gridPos !== undefined){
let data6 = data.gridPos;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.x === undefined){
const err16 = {instancePath:instancePath+"/gridPos",schemaPath:"#/definitions/gridPos/required",keyword:"required",params:{missingProperty: "x"},message:"must have required property '"+"x"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.y === undefined){
const err17 = {instancePath:instancePath+"/gridPos",schemaPath:"#/definitions/gridPos/required",keyword:"required",params:{missingProperty: "y"},message:"must have required property '"+"y"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.w === undefined){
const err18 = {instancePath:instancePath+"/gridPos",schemaPath:"#/definitions/gridPos/required",keyword:"required",params:{missingProperty: "w"},message:"must have required property '"+"w"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6.h === undefined){
const err19 = {instancePath:instancePath+"/gridPos",schemaPath:"#/definitions/gridPos/required",keyword:"required",params:{missingProperty: "h"},message:"must have required property '"+"h"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6.x !== undefined){
let data7 = data6.x;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err20 = {instancePath:instancePath+"/gridPos/x",schemaPath:"#/definitions/gridPos/properties/x/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 23 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/gridPos/x",schemaPath:"#/definitions/gridPos/properties/x/maximum",keyword:"maximum",params:{comparison: "<=", limit: 23},message:"must be <= 23"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err22 = {instancePath:instancePath+"/gridPos/x",schemaPath:"#/definitions/gridPos/properties/x/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data6.y !== undefined){
let data8 = data6.y;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err23 = {instancePath:instancePath+"/gridPos/y",schemaPath:"#/definitions/gridPos/properties/y/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/gridPos/y",schemaPath:"#/definitions/gridPos/properties/y/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data6.w !== undefined){
let data9 = data6.w;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err25 = {instancePath:instancePath+"/gridPos/w",schemaPath:"#/definitions/gridPos/properties/w/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 24 || isNaN(data9)){
const err26 = {instancePath:instancePath+"/gridPos/w",schemaPath:"#/definitions/gridPos/properties/w/maximum",keyword:"maximum",params:{comparison: "<=", limit: 24},message:"must be <= 24"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err27 = {instancePath:instancePath+"/gridPos/w",schemaPath:"#/definitions/gridPos/properties/w/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data6.h !== undefined){
let data10 = data6.h;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err28 = {instancePath:instancePath+"/gridPos/h",schemaPath:"#/definitions/gridPos/properties/h/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 1 || isNaN(data10)){
const err29 = {instancePath:instancePath+"/gridPos/h",schemaPath:"#/definitions/gridPos/properties/h/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/gridPos",schemaPath:"#/definitions/gridPos/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.x !== undefined){
if(0 !== data6.x){
const err31 = {instancePath:instancePath+"/gridPos/x",schemaPath:"#/properties/gridPos/allOf/1/properties/x/const",keyword:"const",params:{allowedValue: 0},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data6.w !== undefined){
if(24 !== data6.w){
const err32 = {instancePath:instancePath+"/gridPos/w",schemaPath:"#/properties/gridPos/allOf/1/properties/w/const",keyword:"const",params:{allowedValue: 24},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data6.h !== undefined){
if(1 !== data6.h){
const err33 = {instancePath:instancePath+"/gridPos/h",schemaPath:"#/properties/gridPos/allOf/1/properties/h/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
if(data.panels !== undefined){
let data14 = data.panels;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
if(!(validate15(data14[i0], {instancePath:instancePath+"/panels/" + i0,parentData:data14,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/panels",schemaPath:"#/properties/panels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}


function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("row" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
else {
const err2 = {};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(!(validate14(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(!(validate15(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
ifClause0 = "else";
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:generate-dashboards:schema:dashboard-v1" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.uid === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "uid"},message:"must have required property '"+"uid"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.schemaVersion === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.panels === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "panels"},message:"must have required property '"+"panels"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.templating === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "templating"},message:"must have required property '"+"templating"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.time === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.annotations === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "annotations"},message:"must have required property '"+"annotations"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.uid !== undefined){
let data0 = data.uid;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err7 = {instancePath:instancePath+"/uid",schemaPath:"#/definitions/uid/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,40}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,40}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/uid",schemaPath:"#/definitions/uid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
if(42 !== data.schemaVersion){
const err12 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 42},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.tags !== undefined){
let data4 = data.tags;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(typeof data4[i0] !== "string"){
const err13 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.time !== undefined){
let data6 = data.time;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.from === undefined){
const err15 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.to === undefined){
const err16 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data6.from !== undefined){
let data7 = data6.from;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err17 = {instancePath:instancePath+"/time/from",schemaPath:"#/properties/time/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/time/from",schemaPath:"#/properties/time/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.to !== undefined){
let data8 = data6.to;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err19 = {instancePath:instancePath+"/time/to",schemaPath:"#/properties/time/properties/to/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/time/to",schemaPath:"#/properties/time/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.refresh !== undefined){
if(typeof data.refresh !== "string"){
const err22 = {instancePath:instancePath+"/refresh",schemaPath:"#/properties/refresh/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.id !== undefined){
const err23 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data.annotations !== undefined){
let data11 = data.annotations;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.list === undefined){
const err24 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/required",keyword:"required",params:{missingProperty: "list"},message:"must have required property '"+"list"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data11.list !== undefined){
let data12 = data11.list;
if(Array.isArray(data12)){
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.name === undefined){
const err25 = {instancePath:instancePath+"/annotations/list/" + i1,schemaPath:"#/properties/annotations/properties/list/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data13.datasource === undefined){
const err26 = {instancePath:instancePath+"/annotations/list/" + i1,schemaPath:"#/properties/annotations/properties/list/items/required",keyword:"required",params:{missingProperty: "datasource"},message:"must have required property '"+"datasource"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/annotations/list/" + i1,schemaPath:"#/properties/annotations/properties/list/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/annotations/list",schemaPath:"#/properties/annotations/properties/list/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/annotations",schemaPath:"#/properties/annotations/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.templating !== undefined){
let data14 = data.templating;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.list === undefined){
const err30 = {instancePath:instancePath+"/templating",schemaPath:"#/properties/templating/required",keyword:"required",params:{missingProperty: "list"},message:"must have required property '"+"list"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data14.list !== undefined){
let data15 = data14.list;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
if(!(validate11(data15[i2], {instancePath:instancePath+"/templating/list/" + i2,parentData:data15,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err31 = {instancePath:instancePath+"/templating/list",schemaPath:"#/properties/templating/properties/list/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/templating",schemaPath:"#/properties/templating/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.panels !== undefined){
let data17 = data.panels;
if(Array.isArray(data17)){
const len3 = data17.length;
for(let i3=0; i3<len3; i3++){
if(!(validate13(data17[i3], {instancePath:instancePath+"/panels/" + i3,parentData:data17,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath:instancePath+"/panels",schemaPath:"#/properties/panels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const v2 = validate22;
const schema25 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:generate-dashboards:schema:dashboard-v2beta1","title":"Grafana v2beta1 Dashboard resource as generate-dashboards writes it","description":"Written for this project from the foundation SDK's dashboardv2beta1 and resource types; it checks the resource envelope, elements, tabs and grid layout, queries and variables.","type":"object","required":["apiVersion","kind","metadata","spec"],"properties":{"apiVersion":{"const":"dashboard.grafana.app/v2beta1"},"kind":{"const":"Dashboard"},"metadata":{"type":"object","required":["name"],"properties":{"name":{"type":"string","pattern":"^[a-zA-Z0-9_-]{1,40}$"}}},"spec":{"type":"object","required":["title","elements","layout","variables","timeSettings","annotations","cursorSync","links","tags"],"properties":{"title":{"type":"string","minLength":1},"description":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}},"links":{"type":"array"},"cursorSync":{"enum":["Off","Crosshair","Tooltip"]},"annotations":{"type":"array","items":{"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"AnnotationQuery"},"spec":{"type":"object","required":["query","name","enable","hide","iconColor"]}}}},"timeSettings":{"type":"object","required":["from","to","autoRefresh"],"properties":{"from":{"type":"string","minLength":1},"to":{"type":"string","minLength":1},"autoRefresh":{"type":"string"}}},"variables":{"type":"array","items":{"$ref":"#/definitions/variable"}},"elements":{"type":"object","propertyNames":{"pattern":"^panel-[1-9][0-9]*$"},"additionalProperties":{"$ref":"#/definitions/panel"}},"layout":{"$ref":"#/definitions/tabsLayout"}}}},"definitions":{"dataQuery":{"type":"object","required":["kind","group","version","datasource","spec"],"properties":{"kind":{"const":"DataQuery"},"group":{"type":"string","minLength":1},"version":{"type":"string"},"datasource":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1}}},"spec":{"type":"object"}},"if":{"properties":{"group":{"const":"prometheus"}}},"then":{"properties":{"spec":{"anyOf":[{"required":["expr"],"properties":{"expr":{"type":"string","minLength":1}}},{"required":["query"],"properties":{"query":{"type":"string","minLength":1}}}]}}}},"panel":{"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"Panel"},"spec":{"type":"object","required":["id","title","links","data","vizConfig"],"properties":{"id":{"type":"integer","minimum":1},"title":{"type":"string","minLength":1},"description":{"type":"string"},"links":{"type":"array"},"data":{"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"QueryGroup"},"spec":{"type":"object","required":["queries","transformations","queryOptions"],"properties":{"queries":{"type":"array","items":{"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"PanelQuery"},"spec":{"type":"object","required":["query","refId","hidden"],"properties":{"query":{"$ref":"#/definitions/dataQuery"},"refId":{"type":"string","pattern":"^[A-Z]+$"},"hidden":{"type":"boolean"}}}}}},"transformations":{"type":"array","items":{"type":"object","required":["kind","spec"],"properties":{"kind":{"type":"string","minLength":1},"spec":{"type":"object","required":["id","options"]}}}},"queryOptions":{"type":"object"}}}}},"vizConfig":{"type":"object","required":["kind","group","version","spec"],"properties":{"kind":{"const":"VizConfig"},"group":{"type":"string","minLength":1},"version":{"type":"string"},"spec":{"type":"object","required":["options","fieldConfig"],"properties":{"options":{"type":"object"},"fieldConfig":{"type":"object","required":["defaults","overrides"],"properties":{"defaults":{"type":"object"},"overrides":{"type":"array"}}}}}}}}}}},"gridLayout":{"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"GridLayout"},"spec":{"type":"object","required":["items"],"properties":{"items":{"type":"array","items":{"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"GridLayoutItem"},"spec":{"type":"object","required":["x","y","width","height","element"],"properties":{"x":{"type":"integer","minimum":0,"maximum":23},"y":{"type":"integer","minimum":0},"width":{"type":"integer","minimum":1,"maximum":24},"height":{"type":"integer","minimum":1},"element":{"type":"object","required":["kind","name"],"properties":{"kind":{"const":"ElementReference"},"name":{"type":"string","pattern":"^panel-[1-9][0-9]*$"}}}}}}}}}}}},"tabsLayout":{"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"TabsLayout"},"spec":{"type":"object","required":["tabs"],"properties":{"tabs":{"type":"array","items":{"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"TabsLayoutTab"},"spec":{"type":"object","required":["title","layout"],"properties":{"title":{"type":"string","minLength":1},"layout":{"$ref":"#/definitions/gridLayout"}}}}}}}}}},"variable":{"type":"object","required":["kind","spec"],"properties":{"kind":{"enum":["DatasourceVariable","QueryVariable"]},"spec":{"type":"object","required":["name","current","hide","refresh","skipUrlSync","multi","includeAll","options"],"properties":{"name":{"type":"string","pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$"}}}},"allOf":[{"if":{"properties":{"kind":{"const":"DatasourceVariable"}}},"then":{"properties":{"spec":{"required":["pluginId"],"properties":{"pluginId":{"type":"string","minLength":1}}}}}},{"if":{"properties":{"kind":{"const":"QueryVariable"}}},"then":{"properties":{"spec":{"required":["query"],"properties":{"query":{"$ref":"#/definitions/dataQuery"}}}}}}]}}};
const pattern5 = new RegExp("^panel-[1-9][0-9]*$", "u");
const schema26 = {"type":"object","required":["kind","spec"],"properties":{"kind":{"enum":["DatasourceVariable","QueryVariable"]},"spec":{"type":"object","required":["name","current","hide","refresh","skipUrlSync","multi","includeAll","options"],"properties":{"name":{"type":"string","pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$"}}}},"allOf":[{"if":{"properties":{"kind":{"const":"DatasourceVariable"}}},"then":{"properties":{"spec":{"required":["pluginId"],"properties":{"pluginId":{"type":"string","minLength":1}}}}}},{"if":{"properties":{"kind":{"const":"QueryVariable"}}},"then":{"properties":{"spec":{"required":["query"],"properties":{"query":{"$ref":"#/definitions/dataQuery"}}}}}}]};
const schema27 = {"type":"object","required":["kind","group","version","datasource","spec"],"properties":{"kind":{"const":"DataQuery"},"group":{"type":"string","minLength":1},"version":{"type":"string"},"datasource":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1}}},"spec":{"type":"object"}},"if":{"properties":{"group":{"const":"prometheus"}}},"then":{"properties":{"spec":{"anyOf":[{"required":["expr"],"properties":{"expr":{"type":"string","minLength":1}}},{"required":["query"],"properties":{"query":{"type":"string","minLength":1}}}]}}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("DatasourceVariable" !== data.kind){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spec !== undefined){
let data1 = data.spec;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.pluginId === undefined){
const err1 = {instancePath:instancePath+"/spec",schemaPath:"#/allOf/0/then/properties/spec/required",keyword:"required",params:{missingProperty: "pluginId"},message:"must have required property '"+"pluginId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.pluginId !== undefined){
let data2 = data1.pluginId;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err2 = {instancePath:instancePath+"/spec/pluginId",schemaPath:"#/allOf/0/then/properties/spec/properties/pluginId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/spec/pluginId",schemaPath:"#/allOf/0/then/properties/spec/properties/pluginId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err4 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs10 = errors;
let valid5 = true;
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind !== undefined){
if("QueryVariable" !== data.kind){
const err5 = {};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var _valid1 = _errs11 === errors;
errors = _errs10;
if(vErrors !== null){
if(_errs10){
vErrors.length = _errs10;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs13 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.spec !== undefined){
let data4 = data.spec;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.query === undefined){
const err6 = {instancePath:instancePath+"/spec",schemaPath:"#/allOf/1/then/properties/spec/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4.query !== undefined){
let data5 = data4.query;
const _errs18 = errors;
let valid10 = true;
const _errs19 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.group !== undefined){
if("prometheus" !== data5.group){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid2 = _errs19 === errors;
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs21 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.spec !== undefined){
let data7 = data5.spec;
const _errs23 = errors;
let valid13 = false;
const _errs24 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.expr === undefined){
const err8 = {instancePath:instancePath+"/spec/query/spec",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf/0/required",keyword:"required",params:{missingProperty: "expr"},message:"must have required property '"+"expr"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data7.expr !== undefined){
let data8 = data7.expr;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err9 = {instancePath:instancePath+"/spec/query/spec/expr",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf/0/properties/expr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/spec/query/spec/expr",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf/0/properties/expr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
var _valid3 = _errs24 === errors;
valid13 = valid13 || _valid3;
if(!valid13){
const _errs27 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.query === undefined){
const err11 = {instancePath:instancePath+"/spec/query/spec",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf/1/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data7.query !== undefined){
let data9 = data7.query;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err12 = {instancePath:instancePath+"/spec/query/spec/query",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf/1/properties/query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/spec/query/spec/query",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf/1/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
var _valid3 = _errs27 === errors;
valid13 = valid13 || _valid3;
}
if(!valid13){
const err14 = {instancePath:instancePath+"/spec/query/spec",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
}
var _valid2 = _errs21 === errors;
valid10 = _valid2;
}
if(!valid10){
const err15 = {instancePath:instancePath+"/spec/query",schemaPath:"#/definitions/dataQuery/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.kind === undefined){
const err16 = {instancePath:instancePath+"/spec/query",schemaPath:"#/definitions/dataQuery/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.group === undefined){
const err17 = {instancePath:instancePath+"/spec/query",schemaPath:"#/definitions/dataQuery/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.version === undefined){
const err18 = {instancePath:instancePath+"/spec/query",schemaPath:"#/definitions/dataQuery/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.datasource === undefined){
const err19 = {instancePath:instancePath+"/spec/query",schemaPath:"#/definitions/dataQuery/required",keyword:"required",params:{missingProperty: "datasource"},message:"must have required property '"+"datasource"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.spec === undefined){
const err20 = {instancePath:instancePath+"/spec/query",schemaPath:"#/definitions/dataQuery/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.kind !== undefined){
if("DataQuery" !== data5.kind){
const err21 = {instancePath:instancePath+"/spec/query/kind",schemaPath:"#/definitions/dataQuery/properties/kind/const",keyword:"const",params:{allowedValue: "DataQuery"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.group !== undefined){
let data11 = data5.group;
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err22 = {instancePath:instancePath+"/spec/query/group",schemaPath:"#/definitions/dataQuery/properties/group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/spec/query/group",schemaPath:"#/definitions/dataQuery/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.version !== undefined){
if(typeof data5.version !== "string"){
const err24 = {instancePath:instancePath+"/spec/query/version",schemaPath:"#/definitions/dataQuery/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.datasource !== undefined){
let data13 = data5.datasource;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.name === undefined){
const err25 = {instancePath:instancePath+"/spec/query/datasource",schemaPath:"#/definitions/dataQuery/properties/datasource/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data13.name !== undefined){
let data14 = data13.name;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err26 = {instancePath:instancePath+"/spec/query/datasource/name",schemaPath:"#/definitions/dataQuery/properties/datasource/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/spec/query/datasource/name",schemaPath:"#/definitions/dataQuery/properties/datasource/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/spec/query/datasource",schemaPath:"#/definitions/dataQuery/properties/datasource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.spec !== undefined){
let data15 = data5.spec;
if(!(data15 && typeof data15 == "object" && !Array.isArray(data15))){
const err29 = {instancePath:instancePath+"/spec/query/spec",schemaPath:"#/definitions/dataQuery/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/spec/query",schemaPath:"#/definitions/dataQuery/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
}
}
var _valid1 = _errs13 === errors;
valid5 = _valid1;
}
if(!valid5){
const err31 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err32 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data.spec === undefined){
const err33 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data.kind !== undefined){
let data16 = data.kind;
if(!((data16 === "DatasourceVariable") || (data16 === "QueryVariable"))){
const err34 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema26.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.spec !== undefined){
let data17 = data.spec;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.name === undefined){
const err35 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data17.current === undefined){
const err36 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "current"},message:"must have required property '"+"current"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data17.hide === undefined){
const err37 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "hide"},message:"must have required property '"+"hide"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data17.refresh === undefined){
const err38 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "refresh"},message:"must have required property '"+"refresh"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data17.skipUrlSync === undefined){
const err39 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "skipUrlSync"},message:"must have required property '"+"skipUrlSync"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data17.multi === undefined){
const err40 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "multi"},message:"must have required property '"+"multi"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data17.includeAll === undefined){
const err41 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "includeAll"},message:"must have required property '"+"includeAll"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data17.options === undefined){
const err42 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data17.name !== undefined){
let data18 = data17.name;
if(typeof data18 === "string"){
if(!pattern1.test(data18)){
const err43 = {instancePath:instancePath+"/spec/name",schemaPath:"#/properties/spec/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$"},message:"must match pattern \""+"^[a-zA-Z_][a-zA-Z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/spec/name",schemaPath:"#/properties/spec/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

const schema28 = {"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"Panel"},"spec":{"type":"object","required":["id","title","links","data","vizConfig"],"properties":{"id":{"type":"integer","minimum":1},"title":{"type":"string","minLength":1},"description":{"type":"string"},"links":{"type":"array"},"data":{"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"QueryGroup"},"spec":{"type":"object","required":["queries","transformations","queryOptions"],"properties":{"queries":{"type":"array","items":{"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"PanelQuery"},"spec":{"type":"object","required":["query","refId","hidden"],"properties":{"query":{"$ref":"#/definitions/dataQuery"},"refId":{"type":"string","pattern":"^[A-Z]+$"},"hidden":{"type":"boolean"}}}}}},"transformations":{"type":"array","items":{"type":"object","required":["kind","spec"],"properties":{"kind":{"type":"string","minLength":1},"spec":{"type":"object","required":["id","options"]}}}},"queryOptions":{"type":"object"}}}}},"vizConfig":{"type":"object","required":["kind","group","version","spec"],"properties":{"kind":{"const":"VizConfig"},"group":{"type":"string","minLength":1},"version":{"type":"string"},"spec":{"type":"object","required":["options","fieldConfig"],"properties":{"options":{"type":"object"},"fieldConfig":{"type":"object","required":["defaults","overrides"],"properties":{"defaults":{"type":"object"},"overrides":{"type":"array"}}}}}}}}}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.spec === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind !== undefined){
if("Panel" !== data.kind){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Panel"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.spec !== undefined){
let data1 = data.spec;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err3 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.title === undefined){
const err4 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.links === undefined){
const err5 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "links"},message:"must have required property '"+"links"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.data === undefined){
const err6 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.vizConfig === undefined){
const err7 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "vizConfig"},message:"must have required property '"+"vizConfig"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.id !== undefined){
let data2 = data1.id;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err8 = {instancePath:instancePath+"/spec/id",schemaPath:"#/properties/spec/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/spec/id",schemaPath:"#/properties/spec/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data1.title !== undefined){
let data3 = data1.title;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err10 = {instancePath:instancePath+"/spec/title",schemaPath:"#/properties/spec/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/spec/title",schemaPath:"#/properties/spec/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.description !== undefined){
if(typeof data1.description !== "string"){
const err12 = {instancePath:instancePath+"/spec/description",schemaPath:"#/properties/spec/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data1.links !== undefined){
if(!(Array.isArray(data1.links))){
const err13 = {instancePath:instancePath+"/spec/links",schemaPath:"#/properties/spec/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.data !== undefined){
let data6 = data1.data;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.kind === undefined){
const err14 = {instancePath:instancePath+"/spec/data",schemaPath:"#/properties/spec/properties/data/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6.spec === undefined){
const err15 = {instancePath:instancePath+"/spec/data",schemaPath:"#/properties/spec/properties/data/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data6.kind !== undefined){
if("QueryGroup" !== data6.kind){
const err16 = {instancePath:instancePath+"/spec/data/kind",schemaPath:"#/properties/spec/properties/data/properties/kind/const",keyword:"const",params:{allowedValue: "QueryGroup"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.spec !== undefined){
let data8 = data6.spec;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.queries === undefined){
const err17 = {instancePath:instancePath+"/spec/data/spec",schemaPath:"#/properties/spec/properties/data/properties/spec/required",keyword:"required",params:{missingProperty: "queries"},message:"must have required property '"+"queries"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data8.transformations === undefined){
const err18 = {instancePath:instancePath+"/spec/data/spec",schemaPath:"#/properties/spec/properties/data/properties/spec/required",keyword:"required",params:{missingProperty: "transformations"},message:"must have required property '"+"transformations"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8.queryOptions === undefined){
const err19 = {instancePath:instancePath+"/spec/data/spec",schemaPath:"#/properties/spec/properties/data/properties/spec/required",keyword:"required",params:{missingProperty: "queryOptions"},message:"must have required property '"+"queryOptions"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data8.queries !== undefined){
let data9 = data8.queries;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.kind === undefined){
const err20 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0,schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queries/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data10.spec === undefined){
const err21 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0,schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queries/items/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data10.kind !== undefined){
if("PanelQuery" !== data10.kind){
const err22 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/kind",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queries/items/properties/kind/const",keyword:"const",params:{allowedValue: "PanelQuery"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data10.spec !== undefined){
let data12 = data10.spec;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.query === undefined){
const err23 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queries/items/properties/spec/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data12.refId === undefined){
const err24 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queries/items/properties/spec/required",keyword:"required",params:{missingProperty: "refId"},message:"must have required property '"+"refId"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data12.hidden === undefined){
const err25 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queries/items/properties/spec/required",keyword:"required",params:{missingProperty: "hidden"},message:"must have required property '"+"hidden"+"'"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data12.query !== undefined){
let data13 = data12.query;
const _errs27 = errors;
let valid9 = true;
const _errs28 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.group !== undefined){
if("prometheus" !== data13.group){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
var _valid0 = _errs28 === errors;
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs30 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.spec !== undefined){
let data15 = data13.spec;
const _errs32 = errors;
let valid12 = false;
const _errs33 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.expr === undefined){
const err27 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/spec",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf/0/required",keyword:"required",params:{missingProperty: "expr"},message:"must have required property '"+"expr"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data15.expr !== undefined){
let data16 = data15.expr;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err28 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/spec/expr",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf/0/properties/expr/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/spec/expr",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf/0/properties/expr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
var _valid1 = _errs33 === errors;
valid12 = valid12 || _valid1;
if(!valid12){
const _errs36 = errors;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.query === undefined){
const err30 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/spec",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf/1/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data15.query !== undefined){
let data17 = data15.query;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err31 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/spec/query",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf/1/properties/query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/spec/query",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf/1/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
var _valid1 = _errs36 === errors;
valid12 = valid12 || _valid1;
}
if(!valid12){
const err33 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/spec",schemaPath:"#/definitions/dataQuery/then/properties/spec/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
else {
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
}
}
}
var _valid0 = _errs30 === errors;
valid9 = _valid0;
}
if(!valid9){
const err34 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query",schemaPath:"#/definitions/dataQuery/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.kind === undefined){
const err35 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query",schemaPath:"#/definitions/dataQuery/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data13.group === undefined){
const err36 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query",schemaPath:"#/definitions/dataQuery/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data13.version === undefined){
const err37 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query",schemaPath:"#/definitions/dataQuery/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data13.datasource === undefined){
const err38 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query",schemaPath:"#/definitions/dataQuery/required",keyword:"required",params:{missingProperty: "datasource"},message:"must have required property '"+"datasource"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data13.spec === undefined){
const err39 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query",schemaPath:"#/definitions/dataQuery/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data13.kind !== undefined){
if("DataQuery" !== data13.kind){
const err40 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/kind",schemaPath:"#/definitions/dataQuery/properties/kind/const",keyword:"const",params:{allowedValue: "DataQuery"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data13.group !== undefined){
let data19 = data13.group;
if(typeof data19 === "string"){
if(func2(data19) < 1){
const err41 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/group",schemaPath:"#/definitions/dataQuery/properties/group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/group",schemaPath:"#/definitions/dataQuery/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data13.version !== undefined){
if(typeof data13.version !== "string"){
const err43 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/version",schemaPath:"#/definitions/dataQuery/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data13.datasource !== undefined){
let data21 = data13.datasource;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.name === undefined){
const err44 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/datasource",schemaPath:"#/definitions/dataQuery/properties/datasource/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data21.name !== undefined){
let data22 = data21.name;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err45 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/datasource/name",schemaPath:"#/definitions/dataQuery/properties/datasource/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/datasource/name",schemaPath:"#/definitions/dataQuery/properties/datasource/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/datasource",schemaPath:"#/definitions/dataQuery/properties/datasource/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data13.spec !== undefined){
let data23 = data13.spec;
if(!(data23 && typeof data23 == "object" && !Array.isArray(data23))){
const err48 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query/spec",schemaPath:"#/definitions/dataQuery/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/query",schemaPath:"#/definitions/dataQuery/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data12.refId !== undefined){
let data24 = data12.refId;
if(typeof data24 === "string"){
if(!pattern2.test(data24)){
const err50 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/refId",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queries/items/properties/spec/properties/refId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]+$"},message:"must match pattern \""+"^[A-Z]+$"+"\""};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/refId",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queries/items/properties/spec/properties/refId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data12.hidden !== undefined){
if(typeof data12.hidden !== "boolean"){
const err52 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec/hidden",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queries/items/properties/spec/properties/hidden/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0+"/spec",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queries/items/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/spec/data/spec/queries/" + i0,schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queries/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/spec/data/spec/queries",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queries/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data8.transformations !== undefined){
let data26 = data8.transformations;
if(Array.isArray(data26)){
const len1 = data26.length;
for(let i1=0; i1<len1; i1++){
let data27 = data26[i1];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.kind === undefined){
const err56 = {instancePath:instancePath+"/spec/data/spec/transformations/" + i1,schemaPath:"#/properties/spec/properties/data/properties/spec/properties/transformations/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data27.spec === undefined){
const err57 = {instancePath:instancePath+"/spec/data/spec/transformations/" + i1,schemaPath:"#/properties/spec/properties/data/properties/spec/properties/transformations/items/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(data27.kind !== undefined){
let data28 = data27.kind;
if(typeof data28 === "string"){
if(func2(data28) < 1){
const err58 = {instancePath:instancePath+"/spec/data/spec/transformations/" + i1+"/kind",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/transformations/items/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/spec/data/spec/transformations/" + i1+"/kind",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/transformations/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data27.spec !== undefined){
let data29 = data27.spec;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.id === undefined){
const err60 = {instancePath:instancePath+"/spec/data/spec/transformations/" + i1+"/spec",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/transformations/items/properties/spec/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data29.options === undefined){
const err61 = {instancePath:instancePath+"/spec/data/spec/transformations/" + i1+"/spec",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/transformations/items/properties/spec/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/spec/data/spec/transformations/" + i1+"/spec",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/transformations/items/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/spec/data/spec/transformations/" + i1,schemaPath:"#/properties/spec/properties/data/properties/spec/properties/transformations/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/spec/data/spec/transformations",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/transformations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data8.queryOptions !== undefined){
let data30 = data8.queryOptions;
if(!(data30 && typeof data30 == "object" && !Array.isArray(data30))){
const err65 = {instancePath:instancePath+"/spec/data/spec/queryOptions",schemaPath:"#/properties/spec/properties/data/properties/spec/properties/queryOptions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/spec/data/spec",schemaPath:"#/properties/spec/properties/data/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/spec/data",schemaPath:"#/properties/spec/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data1.vizConfig !== undefined){
let data31 = data1.vizConfig;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.kind === undefined){
const err68 = {instancePath:instancePath+"/spec/vizConfig",schemaPath:"#/properties/spec/properties/vizConfig/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data31.group === undefined){
const err69 = {instancePath:instancePath+"/spec/vizConfig",schemaPath:"#/properties/spec/properties/vizConfig/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data31.version === undefined){
const err70 = {instancePath:instancePath+"/spec/vizConfig",schemaPath:"#/properties/spec/properties/vizConfig/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data31.spec === undefined){
const err71 = {instancePath:instancePath+"/spec/vizConfig",schemaPath:"#/properties/spec/properties/vizConfig/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data31.kind !== undefined){
if("VizConfig" !== data31.kind){
const err72 = {instancePath:instancePath+"/spec/vizConfig/kind",schemaPath:"#/properties/spec/properties/vizConfig/properties/kind/const",keyword:"const",params:{allowedValue: "VizConfig"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data31.group !== undefined){
let data33 = data31.group;
if(typeof data33 === "string"){
if(func2(data33) < 1){
const err73 = {instancePath:instancePath+"/spec/vizConfig/group",schemaPath:"#/properties/spec/properties/vizConfig/properties/group/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/spec/vizConfig/group",schemaPath:"#/properties/spec/properties/vizConfig/properties/group/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data31.version !== undefined){
if(typeof data31.version !== "string"){
const err75 = {instancePath:instancePath+"/spec/vizConfig/version",schemaPath:"#/properties/spec/properties/vizConfig/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data31.spec !== undefined){
let data35 = data31.spec;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.options === undefined){
const err76 = {instancePath:instancePath+"/spec/vizConfig/spec",schemaPath:"#/properties/spec/properties/vizConfig/properties/spec/required",keyword:"required",params:{missingProperty: "options"},message:"must have required property '"+"options"+"'"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data35.fieldConfig === undefined){
const err77 = {instancePath:instancePath+"/spec/vizConfig/spec",schemaPath:"#/properties/spec/properties/vizConfig/properties/spec/required",keyword:"required",params:{missingProperty: "fieldConfig"},message:"must have required property '"+"fieldConfig"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data35.options !== undefined){
let data36 = data35.options;
if(!(data36 && typeof data36 == "object" && !Array.isArray(data36))){
const err78 = {instancePath:instancePath+"/spec/vizConfig/spec/options",schemaPath:"#/properties/spec/properties/vizConfig/properties/spec/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data35.fieldConfig !== undefined){
let data37 = data35.fieldConfig;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.defaults === undefined){
const err79 = {instancePath:instancePath+"/spec/vizConfig/spec/fieldConfig",schemaPath:"#/properties/spec/properties/vizConfig/properties/spec/properties/fieldConfig/required",keyword:"required",params:{missingProperty: "defaults"},message:"must have required property '"+"defaults"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data37.overrides === undefined){
const err80 = {instancePath:instancePath+"/spec/vizConfig/spec/fieldConfig",schemaPath:"#/properties/spec/properties/vizConfig/properties/spec/properties/fieldConfig/required",keyword:"required",params:{missingProperty: "overrides"},message:"must have required property '"+"overrides"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data37.defaults !== undefined){
let data38 = data37.defaults;
if(!(data38 && typeof data38 == "object" && !Array.isArray(data38))){
const err81 = {instancePath:instancePath+"/spec/vizConfig/spec/fieldConfig/defaults",schemaPath:"#/properties/spec/properties/vizConfig/properties/spec/properties/fieldConfig/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data37.overrides !== undefined){
if(!(Array.isArray(data37.overrides))){
const err82 = {instancePath:instancePath+"/spec/vizConfig/spec/fieldConfig/overrides",schemaPath:"#/properties/spec/properties/vizConfig/properties/spec/properties/fieldConfig/properties/overrides/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
else {
const err83 = {instancePath:instancePath+"/spec/vizConfig/spec/fieldConfig",schemaPath:"#/properties/spec/properties/vizConfig/properties/spec/properties/fieldConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/spec/vizConfig/spec",schemaPath:"#/properties/spec/properties/vizConfig/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/spec/vizConfig",schemaPath:"#/properties/spec/properties/vizConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}

const schema30 = {"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"TabsLayout"},"spec":{"type":"object","required":["tabs"],"properties":{"tabs":{"type":"array","items":{"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"TabsLayoutTab"},"spec":{"type":"object","required":["title","layout"],"properties":{"title":{"type":"string","minLength":1},"layout":{"$ref":"#/definitions/gridLayout"}}}}}}}}}};
const schema31 = {"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"GridLayout"},"spec":{"type":"object","required":["items"],"properties":{"items":{"type":"array","items":{"type":"object","required":["kind","spec"],"properties":{"kind":{"const":"GridLayoutItem"},"spec":{"type":"object","required":["x","y","width","height","element"],"properties":{"x":{"type":"integer","minimum":0,"maximum":23},"y":{"type":"integer","minimum":0},"width":{"type":"integer","minimum":1,"maximum":24},"height":{"type":"integer","minimum":1},"element":{"type":"object","required":["kind","name"],"properties":{"kind":{"const":"ElementReference"},"name":{"type":"string","pattern":"^panel-[1-9][0-9]*$"}}}}}}}}}}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.spec === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.kind !== undefined){
if("TabsLayout" !== data.kind){
const err2 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "TabsLayout"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.spec !== undefined){
let data1 = data.spec;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.tabs === undefined){
const err3 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "tabs"},message:"must have required property '"+"tabs"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.tabs !== undefined){
let data2 = data1.tabs;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.kind === undefined){
const err4 = {instancePath:instancePath+"/spec/tabs/" + i0,schemaPath:"#/properties/spec/properties/tabs/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3.spec === undefined){
const err5 = {instancePath:instancePath+"/spec/tabs/" + i0,schemaPath:"#/properties/spec/properties/tabs/items/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data3.kind !== undefined){
if("TabsLayoutTab" !== data3.kind){
const err6 = {instancePath:instancePath+"/spec/tabs/" + i0+"/kind",schemaPath:"#/properties/spec/properties/tabs/items/properties/kind/const",keyword:"const",params:{allowedValue: "TabsLayoutTab"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data3.spec !== undefined){
let data5 = data3.spec;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.title === undefined){
const err7 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec",schemaPath:"#/properties/spec/properties/tabs/items/properties/spec/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data5.layout === undefined){
const err8 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec",schemaPath:"#/properties/spec/properties/tabs/items/properties/spec/required",keyword:"required",params:{missingProperty: "layout"},message:"must have required property '"+"layout"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5.title !== undefined){
let data6 = data5.title;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err9 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/title",schemaPath:"#/properties/spec/properties/tabs/items/properties/spec/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/title",schemaPath:"#/properties/spec/properties/tabs/items/properties/spec/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.layout !== undefined){
let data7 = data5.layout;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.kind === undefined){
const err11 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout",schemaPath:"#/definitions/gridLayout/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data7.spec === undefined){
const err12 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout",schemaPath:"#/definitions/gridLayout/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data7.kind !== undefined){
if("GridLayout" !== data7.kind){
const err13 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/kind",schemaPath:"#/definitions/gridLayout/properties/kind/const",keyword:"const",params:{allowedValue: "GridLayout"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.spec !== undefined){
let data9 = data7.spec;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.items === undefined){
const err14 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec",schemaPath:"#/definitions/gridLayout/properties/spec/required",keyword:"required",params:{missingProperty: "items"},message:"must have required property '"+"items"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data9.items !== undefined){
let data10 = data9.items;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.kind === undefined){
const err15 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1,schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data11.spec === undefined){
const err16 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1,schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data11.kind !== undefined){
if("GridLayoutItem" !== data11.kind){
const err17 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/kind",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/kind/const",keyword:"const",params:{allowedValue: "GridLayoutItem"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data11.spec !== undefined){
let data13 = data11.spec;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.x === undefined){
const err18 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/required",keyword:"required",params:{missingProperty: "x"},message:"must have required property '"+"x"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data13.y === undefined){
const err19 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/required",keyword:"required",params:{missingProperty: "y"},message:"must have required property '"+"y"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data13.width === undefined){
const err20 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/required",keyword:"required",params:{missingProperty: "width"},message:"must have required property '"+"width"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data13.height === undefined){
const err21 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/required",keyword:"required",params:{missingProperty: "height"},message:"must have required property '"+"height"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data13.element === undefined){
const err22 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/required",keyword:"required",params:{missingProperty: "element"},message:"must have required property '"+"element"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data13.x !== undefined){
let data14 = data13.x;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err23 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/x",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/x/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 23 || isNaN(data14)){
const err24 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/x",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/x/maximum",keyword:"maximum",params:{comparison: "<=", limit: 23},message:"must be <= 23"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data14 < 0 || isNaN(data14)){
const err25 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/x",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/x/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data13.y !== undefined){
let data15 = data13.y;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err26 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/y",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/y/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err27 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/y",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/y/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data13.width !== undefined){
let data16 = data13.width;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err28 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/width",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/width/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 24 || isNaN(data16)){
const err29 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/width",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/width/maximum",keyword:"maximum",params:{comparison: "<=", limit: 24},message:"must be <= 24"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err30 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/width",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/width/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data13.height !== undefined){
let data17 = data13.height;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err31 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/height",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/height/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 1 || isNaN(data17)){
const err32 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/height",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/height/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data13.element !== undefined){
let data18 = data13.element;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.kind === undefined){
const err33 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/element",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/element/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data18.name === undefined){
const err34 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/element",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/element/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data18.kind !== undefined){
if("ElementReference" !== data18.kind){
const err35 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/element/kind",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/element/properties/kind/const",keyword:"const",params:{allowedValue: "ElementReference"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data18.name !== undefined){
let data20 = data18.name;
if(typeof data20 === "string"){
if(!pattern5.test(data20)){
const err36 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/element/name",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/element/properties/name/pattern",keyword:"pattern",params:{pattern: "^panel-[1-9][0-9]*$"},message:"must match pattern \""+"^panel-[1-9][0-9]*$"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/element/name",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/element/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec/element",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/properties/element/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1+"/spec",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items/" + i1,schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec/items",schemaPath:"#/definitions/gridLayout/properties/spec/properties/items/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout/spec",schemaPath:"#/definitions/gridLayout/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec/layout",schemaPath:"#/definitions/gridLayout/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/spec/tabs/" + i0+"/spec",schemaPath:"#/properties/spec/properties/tabs/items/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/spec/tabs/" + i0,schemaPath:"#/properties/spec/properties/tabs/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/spec/tabs",schemaPath:"#/properties/spec/properties/tabs/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:generate-dashboards:schema:dashboard-v2beta1" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.apiVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "apiVersion"},message:"must have required property '"+"apiVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.kind === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.metadata === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.spec === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.apiVersion !== undefined){
if("dashboard.grafana.app/v2beta1" !== data.apiVersion){
const err4 = {instancePath:instancePath+"/apiVersion",schemaPath:"#/properties/apiVersion/const",keyword:"const",params:{allowedValue: "dashboard.grafana.app/v2beta1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
if("Dashboard" !== data.kind){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Dashboard"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err6 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.name !== undefined){
let data3 = data2.name;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err7 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z0-9_-]{1,40}$"},message:"must match pattern \""+"^[a-zA-Z0-9_-]{1,40}$"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/metadata/name",schemaPath:"#/properties/metadata/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.spec !== undefined){
let data4 = data.spec;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.title === undefined){
const err10 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.elements === undefined){
const err11 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "elements"},message:"must have required property '"+"elements"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.layout === undefined){
const err12 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "layout"},message:"must have required property '"+"layout"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.variables === undefined){
const err13 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "variables"},message:"must have required property '"+"variables"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.timeSettings === undefined){
const err14 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "timeSettings"},message:"must have required property '"+"timeSettings"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.annotations === undefined){
const err15 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "annotations"},message:"must have required property '"+"annotations"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.cursorSync === undefined){
const err16 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "cursorSync"},message:"must have required property '"+"cursorSync"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.links === undefined){
const err17 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "links"},message:"must have required property '"+"links"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.tags === undefined){
const err18 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.title !== undefined){
let data5 = data4.title;
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err19 = {instancePath:instancePath+"/spec/title",schemaPath:"#/properties/spec/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/spec/title",schemaPath:"#/properties/spec/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.description !== undefined){
if(typeof data4.description !== "string"){
const err21 = {instancePath:instancePath+"/spec/description",schemaPath:"#/properties/spec/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.tags !== undefined){
let data7 = data4.tags;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
if(typeof data7[i0] !== "string"){
const err22 = {instancePath:instancePath+"/spec/tags/" + i0,schemaPath:"#/properties/spec/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/spec/tags",schemaPath:"#/properties/spec/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data4.links !== undefined){
if(!(Array.isArray(data4.links))){
const err24 = {instancePath:instancePath+"/spec/links",schemaPath:"#/properties/spec/properties/links/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data4.cursorSync !== undefined){
let data10 = data4.cursorSync;
if(!(((data10 === "Off") || (data10 === "Crosshair")) || (data10 === "Tooltip"))){
const err25 = {instancePath:instancePath+"/spec/cursorSync",schemaPath:"#/properties/spec/properties/cursorSync/enum",keyword:"enum",params:{allowedValues: schema25.properties.spec.properties.cursorSync.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data4.annotations !== undefined){
let data11 = data4.annotations;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i1=0; i1<len1; i1++){
let data12 = data11[i1];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.kind === undefined){
const err26 = {instancePath:instancePath+"/spec/annotations/" + i1,schemaPath:"#/properties/spec/properties/annotations/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data12.spec === undefined){
const err27 = {instancePath:instancePath+"/spec/annotations/" + i1,schemaPath:"#/properties/spec/properties/annotations/items/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data12.kind !== undefined){
if("AnnotationQuery" !== data12.kind){
const err28 = {instancePath:instancePath+"/spec/annotations/" + i1+"/kind",schemaPath:"#/properties/spec/properties/annotations/items/properties/kind/const",keyword:"const",params:{allowedValue: "AnnotationQuery"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data12.spec !== undefined){
let data14 = data12.spec;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.query === undefined){
const err29 = {instancePath:instancePath+"/spec/annotations/" + i1+"/spec",schemaPath:"#/properties/spec/properties/annotations/items/properties/spec/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data14.name === undefined){
const err30 = {instancePath:instancePath+"/spec/annotations/" + i1+"/spec",schemaPath:"#/properties/spec/properties/annotations/items/properties/spec/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data14.enable === undefined){
const err31 = {instancePath:instancePath+"/spec/annotations/" + i1+"/spec",schemaPath:"#/properties/spec/properties/annotations/items/properties/spec/required",keyword:"required",params:{missingProperty: "enable"},message:"must have required property '"+"enable"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data14.hide === undefined){
const err32 = {instancePath:instancePath+"/spec/annotations/" + i1+"/spec",schemaPath:"#/properties/spec/properties/annotations/items/properties/spec/required",keyword:"required",params:{missingProperty: "hide"},message:"must have required property '"+"hide"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data14.iconColor === undefined){
const err33 = {instancePath:instancePath+"/spec/annotations/" + i1+"/spec",schemaPath:"#/properties/spec/properties/annotations/items/properties/spec/required",keyword:"required",params:{missingProperty: "iconColor"},message:"must have required property '"+"iconColor"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/spec/annotations/" + i1+"/spec",schemaPath:"#/properties/spec/properties/annotations/items/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/spec/annotations/" + i1,schemaPath:"#/properties/spec/properties/annotations/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/spec/annotations",schemaPath:"#/properties/spec/properties/annotations/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data4.timeSettings !== undefined){
let data15 = data4.timeSettings;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.from === undefined){
const err37 = {instancePath:instancePath+"/spec/timeSettings",schemaPath:"#/properties/spec/properties/timeSettings/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data15.to === undefined){
const err38 = {instancePath:instancePath+"/spec/timeSettings",schemaPath:"#/properties/spec/properties/timeSettings/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data15.autoRefresh === undefined){
const err39 = {instancePath:instancePath+"/spec/timeSettings",schemaPath:"#/properties/spec/properties/timeSettings/required",keyword:"required",params:{missingProperty: "autoRefresh"},message:"must have required property '"+"autoRefresh"+"'"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data15.from !== undefined){
let data16 = data15.from;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err40 = {instancePath:instancePath+"/spec/timeSettings/from",schemaPath:"#/properties/spec/properties/timeSettings/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/spec/timeSettings/from",schemaPath:"#/properties/spec/properties/timeSettings/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data15.to !== undefined){
let data17 = data15.to;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err42 = {instancePath:instancePath+"/spec/timeSettings/to",schemaPath:"#/properties/spec/properties/timeSettings/properties/to/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/spec/timeSettings/to",schemaPath:"#/properties/spec/properties/timeSettings/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data15.autoRefresh !== undefined){
if(typeof data15.autoRefresh !== "string"){
const err44 = {instancePath:instancePath+"/spec/timeSettings/autoRefresh",schemaPath:"#/properties/spec/properties/timeSettings/properties/autoRefresh/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/spec/timeSettings",schemaPath:"#/properties/spec/properties/timeSettings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data4.variables !== undefined){
let data19 = data4.variables;
if(Array.isArray(data19)){
const len2 = data19.length;
for(let i2=0; i2<len2; i2++){
if(!(validate23(data19[i2], {instancePath:instancePath+"/spec/variables/" + i2,parentData:data19,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err46 = {instancePath:instancePath+"/spec/variables",schemaPath:"#/properties/spec/properties/variables/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data4.elements !== undefined){
let data21 = data4.elements;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key0 in data21){
const _errs40 = errors;
if(typeof key0 === "string"){
if(!pattern5.test(key0)){
const err47 = {instancePath:instancePath+"/spec/elements",schemaPath:"#/properties/spec/properties/elements/propertyNames/pattern",keyword:"pattern",params:{pattern: "^panel-[1-9][0-9]*$"},message:"must match pattern \""+"^panel-[1-9][0-9]*$"+"\"",propertyName:key0};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var valid11 = _errs40 === errors;
if(!valid11){
const err48 = {instancePath:instancePath+"/spec/elements",schemaPath:"#/properties/spec/properties/elements/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
for(const key1 in data21){
if(!(validate25(data21[key1], {instancePath:instancePath+"/spec/elements/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data21,parentDataProperty:key1,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err49 = {instancePath:instancePath+"/spec/elements",schemaPath:"#/properties/spec/properties/elements/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data4.layout !== undefined){
if(!(validate27(data4.layout, {instancePath:instancePath+"/spec/layout",parentData:data4,parentDataProperty:"layout",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err50 = {instancePath:instancePath+"/spec",schemaPath:"#/properties/spec/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
