// borrowing: assigning the scrutinee after the last use of the bound reference
fn main() {
    let mut opt = Some(String::from("x"));
    if let Some(s) = &opt {
        println!("{}", s);
        opt = None;
    }
    println!("{:?}", opt);
}
