/// <reference types="node" />
console.log("cli placeholder");
