// errors: main returning Err prints the Debug of the error and exits with 1
#[derive(Debug)]
enum AppError {
    Invalid { field: &'static str, reason: String },
}

fn validate(age: i32) -> Result<i32, AppError> {
    if age < 0 {
        Err(AppError::Invalid { field: "age", reason: format!("{age} is negative") })
    } else {
        Ok(age)
    }
}

fn main() -> Result<(), AppError> {
    let a = validate(30)?;
    println!("ok {a}");
    let b = validate(-2)?;
    println!("never {b}");
    Ok(())
}
