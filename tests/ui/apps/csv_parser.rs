// &str processing: lines, split, trim, parse::<T>, filter_map, error collection with Result
#[derive(Debug, Clone, PartialEq)]
struct Row {
    name: String,
    age: u8,
    score: f32,
}

#[derive(Debug)]
enum ParseError {
    MissingField(usize),
    BadNumber(usize, String),
}

fn parse_row(line_no: usize, line: &str) -> Result<Row, ParseError> {
    let mut fields = line.split(',').map(|f| f.trim());
    let name = fields.next().filter(|s| !s.is_empty()).ok_or(ParseError::MissingField(line_no))?;
    let age_s = fields.next().ok_or(ParseError::MissingField(line_no))?;
    let score_s = fields.next().ok_or(ParseError::MissingField(line_no))?;
    let age = age_s.parse::<u8>().map_err(|_| ParseError::BadNumber(line_no, age_s.to_string()))?;
    let score: f32 = score_s
        .parse()
        .map_err(|_| ParseError::BadNumber(line_no, score_s.to_string()))?;
    Ok(Row { name: name.to_string(), age, score })
}

fn main() {
    let data = "name, age, score
alice, 30, 88.5
bob, 17, 92.0
  carol ,  44 , 71.25
dave, 300, 50
, 20, 10
erin, 29
frank, 51, 66.5";

    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in data.lines().enumerate().skip(1) {
        match parse_row(i + 1, line) {
            Ok(r) => rows.push(r),
            Err(e) => errors.push(e),
        }
    }
    for r in &rows {
        println!("{:<6} {:>3} {:>6.1}", r.name, r.age, r.score);
    }
    for e in &errors {
        println!("error: {:?}", e);
    }

    let adults: Vec<&str> = rows.iter().filter(|r| r.age >= 18).map(|r| r.name.as_str()).collect();
    println!("adults: {:?}", adults);
    let mean = rows.iter().map(|r| r.score).sum::<f32>() / rows.len() as f32;
    println!("mean score {:.3}", mean);
    let best = rows
        .iter()
        .max_by(|a, b| a.score.partial_cmp(&b.score).unwrap())
        .map(|r| r.name.to_uppercase());
    println!("best: {}", best.unwrap_or_else(|| "nobody".to_string()));

    let all: Result<Vec<u8>, _> = "1 2 3 x 5".split(' ').map(|s| s.parse::<u8>()).collect();
    println!("all parsed? {}", all.is_ok());
    let good: Vec<u8> = "1 2 3 x 5".split(' ').filter_map(|s| s.parse().ok()).collect();
    println!("good {:?}", good);
}
