// variables: reassigning an immutable binding in a loop
fn main() {
    let attempts = 0;
    let password = "hunter2";
    for guess in ["a", "b", "hunter2"] {
        if guess == password {
            println!("found after {attempts}");
            break;
        }
        attempts = attempts + 1;
    }
}
