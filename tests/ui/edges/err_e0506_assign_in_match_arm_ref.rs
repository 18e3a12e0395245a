// assigning to the scrutinee inside an arm that still uses a `ref` binding
fn main() {
    let mut x = String::from("a");
    match x {
        ref r => {
            x = String::from("b");
            println!("{}", r);
        }
    }
    println!("{}", x);
}
