#[derive(Debug)]
enum AppError {
    NotFound { id: u32 },
    Io(String),
}
fn find(id: u32) -> Result<u32, AppError> {
    if id > 5 { Err(AppError::NotFound { id }) } else if id == 0 { Err(AppError::Io("disk".into())) } else { Ok(id * 2) }
}
fn main() {
    println!("{}", find(2).unwrap());
    println!("{:?}", find(0).map_err(|e| format!("{:?}", e)));
    println!("{}", find(9).unwrap());
}
