// rejected E0382: a Vec moved into a function inside a loop (value moved in previous iteration)
#[derive(Debug)]
struct Batch {
    id: u32,
    rows: Vec<String>,
}

fn upload(rows: Vec<String>, attempt: u32) -> Result<usize, String> {
    if attempt < 2 {
        Err(format!("timeout on attempt {}", attempt))
    } else {
        Ok(rows.len())
    }
}

fn main() {
    let batch = Batch {
        id: 7,
        rows: vec!["a,1".to_string(), "b,2".to_string(), "c,3".to_string()],
    };
    let mut attempt = 0;
    let rows = batch.rows;
    loop {
        match upload(rows, attempt) {
            Ok(n) => {
                println!("batch {} uploaded {} rows", batch.id, n);
                break;
            }
            Err(e) => {
                println!("retrying: {}", e);
                attempt += 1;
            }
        }
        if attempt > 5 {
            println!("giving up");
            break;
        }
    }
}
