// mutability: a binding without mut is assigned a second time
fn main() {
    let total = 10;
    println!("{}", total);
    total = 20;
    println!("{}", total);
}
