// a `for` loop over a Vec by value consumes it
fn main() {
    let v = vec![String::from("a")];
    for s in v {
        println!("{}", s);
    }
    println!("{}", v.len());
}
