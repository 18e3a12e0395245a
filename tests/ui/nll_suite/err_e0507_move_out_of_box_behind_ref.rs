// *b moves out of a Box, but not through &Box
fn take(b: &Box<String>) -> String { **b }
fn main() {
    println!("{}", take(&Box::new(String::from("x"))));
}
