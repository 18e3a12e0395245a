// nll_accepts: a shared reference printed, then the original mutated
fn main() {
    let mut greeting = String::from("hi");
    let view = &greeting;
    println!("{}", view);
    greeting.push_str(" there");
    println!("{}", greeting);
}
