// slices: a &str slice of a String is still in use when the String is cleared
fn first_token(s: &str) -> &str {
    s.split(',').next().unwrap_or("")
}

fn main() {
    let mut line = String::from("alpha,beta,gamma");
    let tok = first_token(&line);
    line.clear();
    println!("token: {tok}");
}
