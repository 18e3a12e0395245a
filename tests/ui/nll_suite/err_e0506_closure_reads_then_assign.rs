// assigning a variable a live closure reads
fn main() {
    let mut limit = 3;
    let check = |x: i32| x < limit;
    limit = 10;
    println!("{}", check(5));
}
