// variables: a binding assigned only on one branch and then read
fn main() {
    let label: &str;
    let n = 7;
    if n % 2 == 0 {
        label = "even";
    }
    println!("{n} is {label}");
}
