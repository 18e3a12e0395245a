// `for x in v` consumes v
fn main() {
    let v = vec![String::from("a")];
    for s in v {
        println!("{}", s);
    }
    println!("{}", v.len());
}
