use std::collections::HashTree;
fn main() {}
