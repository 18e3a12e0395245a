// closures: returning a closure that borrows a parameter, without move
fn make_greeter(greeting: String) -> impl Fn(&str) -> String {
    |name| format!("{}, {}!", greeting, name)
}

fn main() {
    let hi = make_greeter(String::from("Hi"));
    println!("{}", hi("Ann"));
}
