// a reference to a temporary stored in an outer variable from an inner block
fn main() {
    let r: &String;
    {
        r = &String::from("tmp");
    }
    println!("{}", r);
}
