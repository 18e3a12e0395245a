// closures: an FnOnce closure called a second time
fn main() {
    let report = String::from("quarterly");
    let send = move || {
        let r = report;
        println!("sending {r}");
        r
    };
    let first = send();
    let second = send();
    println!("{first} {second}");
}
