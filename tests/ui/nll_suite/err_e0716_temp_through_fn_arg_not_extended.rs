// temporaries passed to a function are not extended
fn id<T>(x: T) -> T { x }
fn main() {
    let r = id(&String::from("gone"));
    println!("{}", r);
}
