// loop { break &x } where x lives in the loop body
fn main() {
    let r = loop {
        let x = String::from("in");
        break &x;
    };
    println!("{}", r);
}
