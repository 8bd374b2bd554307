/*
 * The functions bundle's entry: importing a group module is what puts its functions in
 * dist/functions.js (the build appends each module's CustomFunctions.associate calls).
 * test/build/entries.test.ts fails when a group in src/functions/ is missing here.
 */
import "./area";
import "./continuation";
import "./cost";
import "./counting";
import "./dates";
import "./kpi";
import "./proposal";
